import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ADMIN_CHALLENGE,
  ADMIN_RESPONSE_HEADERS,
  adminAccess,
  adminClientKey,
  adminConfigFromEnv,
  checkCredentials,
  FAILURE_LIMIT,
  FAILURE_WINDOW_SECONDS,
  isAdminPath,
  isBlocked,
  parseBasicAuthorization,
  recordFailure,
  type AdminConfig,
} from "@/lib/admin/auth";
import { hashPassword, parseHash, verifyPassword } from "@/lib/admin/password";
import { PEER_HEADER } from "@/lib/feedback/client";

/**
 * A hash in the stored format with a small N, so the many checks below take milliseconds, not 0.1 s each.
 * verifyPassword takes N, r and p from the stored hash, so it checks this exactly as it checks a real one.
 */
function cheapHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFC"), salt, 32, { N: 1024, r: 8, p: 1 });
  return ["scrypt", 1024, 8, 1, salt.toString("base64url"), key.toString("base64url")].join(":");
}

const USERNAME = "editor";
const PASSWORD = "a long pass phrase: with colons, and ünïcödé";
const CONFIG: AdminConfig = { username: USERNAME, passwordHash: cheapHash(PASSWORD) };
const ENV = { ADMIN_USERNAME: USERNAME, ADMIN_PASSWORD_HASH: CONFIG.passwordHash, TRUSTED_PROXIES: "127.0.0.1,::1" };

const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** Request headers as the server sees them: from the local proxy (trusted), for a client of the test's own. */
function headersFor(client: string, authorization?: string): Headers {
  const headers = new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": client });
  if (authorization !== undefined) headers.set("authorization", authorization);
  return headers;
}
const freshClient = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${(randomBytes(1)[0]! % 250) + 1}-${randomUUID()}`;

const LOGGED = Symbol.for("careers-guide.admin-config-logged");

describe("password hashes (lib/admin/password.ts)", () => {
  it("makes scrypt:N:r:p:salt:hash with N = 2^15, a 16-byte salt and a 32-byte key, and checks it", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^scrypt:32768:8:1:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{43}$/);
    expect(parseHash(hash)).toMatchObject({ N: 32768, r: 8, p: 1 });
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("correct horsE", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("refuses an empty password", async () => {
    await expect(hashPassword("")).rejects.toThrow(/empty/);
  });

  it.each([
    ["empty", ""],
    ["another scheme", "$2b$12$abcdefghijklmnopqrstuv"],
    ["too few parts", "scrypt:32768:8:1:c2FsdHNhbHQ"],
    ["too many parts", `${cheapHash("x")}:extra`],
    ["N not a power of two", "scrypt:1000:8:1:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["N of 1", "scrypt:1:8:1:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["r of 0", "scrypt:1024:0:1:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["p not a number", "scrypt:1024:8:x:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["a short salt", "scrypt:1024:8:1:c2FsdA:a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["a short key", "scrypt:1024:8:1:c2FsdHNhbHRzYWx0:a2V5"],
    ["more memory than allowed", "scrypt:1048576:8:1:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["the password itself", "correct horse battery staple"],
  ])("parseHash rejects %s, and nothing verifies against it", async (_name, junk) => {
    expect(parseHash(junk)).toBeNull();
    expect(await verifyPassword("x", junk)).toBe(false);
  });
});

describe("adminConfigFromEnv", () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[LOGGED];
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it("is off (null) with neither variable set, silently", () => {
    expect(adminConfigFromEnv({})).toBeNull();
    expect(adminConfigFromEnv({ ADMIN_USERNAME: "", ADMIN_PASSWORD_HASH: " " })).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it.each([
    [{ ADMIN_USERNAME: "editor" }, "ADMIN_PASSWORD_HASH"],
    [{ ADMIN_PASSWORD_HASH: CONFIG.passwordHash }, "ADMIN_USERNAME"],
    [{ ADMIN_USERNAME: "  ", ADMIN_PASSWORD_HASH: CONFIG.passwordHash }, "ADMIN_USERNAME"],
  ])("is off with only one of the two set, and says which is missing (%j)", (env, missing) => {
    expect(adminConfigFromEnv(env)).toBeNull();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(missing);
  });

  it("is off, without throwing, when the hash is not one this site makes; the log names the variable and the fix", () => {
    const env = { ADMIN_USERNAME: "editor", ADMIN_PASSWORD_HASH: "correct horse battery staple" };
    expect(adminConfigFromEnv(env)).toBeNull();
    expect(errors).toHaveBeenCalledTimes(1);
    const message = String(errors.mock.calls[0]![0]);
    expect(message).toContain("ADMIN_PASSWORD_HASH");
    expect(message).toContain("npm run -s admin:hash-password");
    // The value is not written to the log: it may be the password itself, pasted by mistake.
    expect(message).not.toContain("correct horse");
    // Logged once per process, not on every request.
    adminConfigFromEnv(env);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it("is on with both set; surrounding blanks are ignored", () => {
    expect(adminConfigFromEnv({ ADMIN_USERNAME: " editor ", ADMIN_PASSWORD_HASH: ` ${CONFIG.passwordHash}\n` })).toEqual({
      username: "editor",
      passwordHash: CONFIG.passwordHash,
    });
    expect(errors).not.toHaveBeenCalled();
  });
});

describe("isAdminPath", () => {
  it.each([
    "/admin",
    "/admin/",
    "/admin/feedback",
    "/admin/feedback.csv",
    // The tricks of the issue.
    "/ADMIN/feedback",
    "/Admin/Feedback",
    "/admin//feedback",
    "/admin/%66eedback",
    "/%61dmin/feedback",
    "/%41DMIN/feedback",
    "/admin/feedback/",
    "/admin/feedback;",
    "/admin;/feedback",
    "/admin;jsessionid=1/feedback",
    // More of the same kind.
    "//admin/feedback",
    "///admin",
    "\\admin\\feedback",
    "/%5Cadmin/feedback",
    "/%2fadmin/feedback",
    "/%2561dmin/feedback",
    "/%252561dmin/feedback",
    "/%61%64%6d%69%6e",
    "/./admin/feedback",
    "/x/../admin/feedback",
    "/x/%2e%2e/admin/feedback",
    "/roles/..%2f..%2fadmin/feedback",
    "/..;/admin/feedback",
    "/admin./feedback",
    "/admin%20/feedback",
    "/admin%00/feedback",
    "/ad%09min/feedback",
    "/%EF%BD%81dmin/feedback",
    // Malformed escapes: still protected when the readable part is admin.
    "/admin/%",
    "/admin/%ff",
    "/%61dmin/%E0%A4%A",
    "/%C1%A1dmin/feedback",
    // Anything starting with admin in the first segment (deliberately broad; no page of the site starts so).
    "/administrator",
    "/administrative",
    "/admin.rsc",
    // Read literally it starts with admin; when in doubt, protect.
    "/admin/../roles/clinical-coder",
  ])("%s is an admin path", (path) => {
    expect(isAdminPath(path)).toBe(true);
  });

  it.each([
    "/",
    "/roles/admin-officer",
    "/roles/administrator",
    "/industries/public-administration",
    "/search",
    "/feedback",
    "/api/admin",
    "/adm",
    "/adm/in",
    "/badmin",
    "/_admin-not-found",
    "/roles/%",
    "/roles/%61dmin",
  ])("%s is not an admin path", (path) => {
    expect(isAdminPath(path)).toBe(false);
  });
});

describe("parseBasicAuthorization", () => {
  it.each<[string, string | null, { username: string; password: string } | null]>([
    ["plain", basic("editor", "pw"), { username: "editor", password: "pw" }],
    ["a password with colons", basic("editor", "a:b:c"), { username: "editor", password: "a:b:c" }],
    ["UTF-8", basic("rédacteur", "pässwörd"), { username: "rédacteur", password: "pässwörd" }],
    ["the scheme in any case", `bAsIc ${base64("editor:pw")}`, { username: "editor", password: "pw" }],
    ["without padding", `Basic ${base64("editor:p").replace(/=+$/, "")}`, { username: "editor", password: "p" }],
    ["an empty user and password", `Basic ${base64(":")}`, { username: "", password: "" }],
    ["no header", null, null],
    ["the scheme alone", "Basic", null],
    ["the scheme and a space", "Basic ", null],
    ["not base64", "Basic !!!", null],
    ["another scheme", "Bearer x", null],
    ["another scheme with Basic's payload", `Digest ${base64("editor:pw")}`, null],
    ["base64 without a colon", `Basic ${base64("editorpw")}`, null],
    ["two tokens", `Basic ${base64("editor:pw")} ${base64("x:y")}`, null],
    ["base64url characters", "Basic ZWRpdG9yOnB3-_", null],
    ["not UTF-8", `Basic ${Buffer.from([0x65, 0x3a, 0xff, 0xfe]).toString("base64")}`, null],
    ["a control character", basic("editor", "p\u0000w"), null],
    ["a newline", basic("editor", "p\nw"), null],
    ["an impossible length", "Basic ZWRpdG9yOnB3Y", null],
    ["far too long", basic("editor", "x".repeat(4000)), null],
    ["empty", "", null],
  ])("%s", (_name, header, expected) => {
    expect(parseBasicAuthorization(header)).toEqual(expected);
  });
});

describe("checkCredentials", () => {
  /** verifyPassword, counted. */
  function counting() {
    const calls: string[] = [];
    return {
      calls,
      verify: async (password: string, stored: string) => {
        calls.push(stored);
        return verifyPassword(password, stored);
      },
    };
  }

  it("accepts the user name and password", async () => {
    expect(await checkCredentials(basic(USERNAME, PASSWORD), CONFIG)).toBe(true);
  });

  it("accepts the password in another Unicode normal form (NFD)", async () => {
    expect(await checkCredentials(basic(USERNAME, PASSWORD.normalize("NFD")), CONFIG)).toBe(true);
  });

  it.each([
    ["a wrong password", basic(USERNAME, `${PASSWORD}x`)],
    ["a wrong user", basic("Editor", PASSWORD)],
    ["a user name that is a prefix", basic("edit", PASSWORD)],
    ["a longer user name", basic(`${USERNAME}s`, PASSWORD)],
    ["an empty user and password", basic("", "")],
    ["no colon", `Basic ${base64(`${USERNAME}${PASSWORD}`)}`],
    ["not base64", "Basic !!!"],
    ["the scheme alone", "Basic"],
    ["another scheme", "Bearer x"],
    ["an empty header", ""],
  ])("refuses %s, after exactly one password check against the configured hash", async (_name, header) => {
    const { calls, verify } = counting();
    expect(await checkCredentials(header, CONFIG, { verify })).toBe(false);
    expect(calls).toEqual([CONFIG.passwordHash]);
  });

  it("does the same work for a wrong user as for a wrong password, and for the right credentials", async () => {
    const wrongUser = counting();
    const wrongPassword = counting();
    const right = counting();
    await checkCredentials(basic("someone", PASSWORD), CONFIG, wrongUser);
    await checkCredentials(basic(USERNAME, "guess"), CONFIG, wrongPassword);
    await checkCredentials(basic(USERNAME, PASSWORD), CONFIG, right);
    expect(wrongUser.calls.length).toBe(1);
    expect(wrongPassword.calls.length).toBe(1);
    expect(right.calls.length).toBe(1);
  });

  it("refuses a missing header at once, without hashing (nothing to hide about it)", async () => {
    const { calls, verify } = counting();
    expect(await checkCredentials(null, CONFIG, { verify })).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe("counting failures per client", () => {
  it(`blocks a client after ${FAILURE_LIMIT} failures, for at most ${FAILURE_WINDOW_SECONDS} s`, async () => {
    const key = `test-${randomUUID()}`;
    expect(await isBlocked(key)).toBe(0);
    for (let failure = 1; failure < FAILURE_LIMIT; failure++) expect(await recordFailure(key)).toBe(0);
    const wait = await recordFailure(key);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(FAILURE_WINDOW_SECONDS);
    expect(await isBlocked(key)).toBeGreaterThan(0);
    expect(await recordFailure(key)).toBeGreaterThan(0);
    expect(await isBlocked(`test-${randomUUID()}`)).toBe(0);
  });

  it("keys a client by its address, through trusted proxies only", () => {
    const env = { TRUSTED_PROXIES: "127.0.0.1" };
    const viaProxy = (client: string) => new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": client });
    expect(adminClientKey(viaProxy("10.0.0.1"), env)).toBe(adminClientKey(viaProxy("10.0.0.1"), env));
    expect(adminClientKey(viaProxy("10.0.0.1"), env)).not.toBe(adminClientKey(viaProxy("10.0.0.2"), env));
    // From an untrusted peer, X-Forwarded-For is the client's own claim and is ignored.
    const direct = (client: string) => new Headers({ [PEER_HEADER]: "192.0.2.7", "x-forwarded-for": client });
    expect(adminClientKey(direct("10.0.0.1"), env)).toBe(adminClientKey(direct("10.0.0.2"), env));
  });
});

describe("adminAccess", () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it("has nothing to decide for other paths, even with credentials", async () => {
    for (const pathname of ["/", "/roles/admin-officer", "/roles/%ff", "/feedback"]) {
      expect(await adminAccess({ pathname, headers: headersFor(freshClient(), basic(USERNAME, PASSWORD)) }, ENV)).toEqual({
        action: "none",
      });
    }
  });

  it("answers not-found for every admin path while the admin pages are off, with and without credentials", async () => {
    const off = { TRUSTED_PROXIES: "127.0.0.1" };
    const badHash = { ADMIN_USERNAME: USERNAME, ADMIN_PASSWORD_HASH: PASSWORD };
    for (const env of [off, badHash]) {
      for (const pathname of ["/admin", "/admin/feedback", "/ADMIN/feedback", "/%61dmin/feedback", "/admin/feedback.csv"]) {
        for (const authorization of [undefined, basic(USERNAME, PASSWORD)]) {
          expect(await adminAccess({ pathname, headers: headersFor(freshClient(), authorization) }, env)).toEqual({
            action: "not-found",
          });
        }
      }
    }
  });

  it("challenges a request without credentials, and does not count it as a failure", async () => {
    const client = freshClient();
    for (let request = 0; request < FAILURE_LIMIT + 5; request++) {
      expect(await adminAccess({ pathname: "/admin/feedback", headers: headersFor(client) }, ENV)).toEqual({ action: "challenge" });
    }
  });

  it.each([
    ["a wrong password", basic(USERNAME, "guess")],
    ["a wrong user", basic("admin", PASSWORD)],
    ["a malformed header", "Basic !!!"],
    ["another scheme", "Bearer x"],
  ])("challenges %s", async (_name, authorization) => {
    expect(await adminAccess({ pathname: "/admin/feedback", headers: headersFor(freshClient(), authorization) }, ENV)).toEqual({
      action: "challenge",
    });
  });

  it.each(["/admin/feedback", "/admin/feedback.csv", "/ADMIN/feedback", "/%61dmin/feedback", "/admin/%66eedback"])(
    "lets the editors' credentials through to %s",
    async (pathname) => {
      expect(await adminAccess({ pathname, headers: headersFor(freshClient(), basic(USERNAME, PASSWORD)) }, ENV)).toEqual({
        action: "pass",
      });
    },
  );

  it("works as a page's second check, with read-only headers like those of headers()", async () => {
    const source = headersFor(freshClient(), basic(USERNAME, PASSWORD));
    const readOnly = { get: (name: string) => source.get(name) };
    expect(await adminAccess({ pathname: "/admin/feedback", headers: readOnly }, ENV)).toEqual({ action: "pass" });
  });

  it(`answers too-many, with a Retry-After, after ${FAILURE_LIMIT} failures from one client; other clients go on`, async () => {
    const client = freshClient();
    const wrong = () => adminAccess({ pathname: "/admin/feedback", headers: headersFor(client, basic(USERNAME, "guess")) }, ENV);
    for (let failure = 0; failure < FAILURE_LIMIT; failure++) expect(await wrong()).toEqual({ action: "challenge" });
    const blocked = await wrong();
    expect(blocked.action).toBe("too-many");
    const retryAfter = blocked.action === "too-many" ? blocked.retryAfter : 0;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(FAILURE_WINDOW_SECONDS);
    // Blocked means blocked: the right password does not get through either, and is not even checked.
    expect(
      (await adminAccess({ pathname: "/admin/feedback", headers: headersFor(client, basic(USERNAME, PASSWORD)) }, ENV)).action,
    ).toBe("too-many");
    // Another client is not affected.
    expect(await adminAccess({ pathname: "/admin/feedback", headers: headersFor(freshClient(), basic(USERNAME, "guess")) }, ENV)).toEqual({
      action: "challenge",
    });
    expect(await adminAccess({ pathname: "/admin/feedback", headers: headersFor(freshClient(), basic(USERNAME, PASSWORD)) }, ENV)).toEqual({
      action: "pass",
    });
  });

  it("sends the headers every admin answer carries, and a Basic challenge with the realm", () => {
    expect(ADMIN_RESPONSE_HEADERS).toEqual({ "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow" });
    expect(ADMIN_CHALLENGE).toBe('Basic realm="Careers Guide editors", charset="UTF-8"');
  });
});

describe("npm run -s admin:hash-password (lib/admin/hash-password.ts)", () => {
  const run = (args: string[], input: string) =>
    spawnSync("npx", ["tsx", "lib/admin/hash-password.ts", ...args], { input, encoding: "utf8", timeout: 60_000 });
  const lastLine = (text: string) => text.trimEnd().split("\n").at(-1)!;

  it("reads the password from a pipe and prints a hash of it alone on the last line", { timeout: 60_000 }, async () => {
    const result = run([], "piped: pass phrase");
    expect(result.status, result.stderr).toBe(0);
    const hash = lastLine(result.stdout);
    expect(hash).toMatch(/^scrypt:32768:8:1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(await verifyPassword("piped: pass phrase", hash)).toBe(true);
    expect(result.stdout).not.toContain("pass phrase");
  });

  it("strips one trailing newline and no more", { timeout: 60_000 }, async () => {
    const one = run([], "typed\n");
    expect(await verifyPassword("typed", lastLine(one.stdout))).toBe(true);
    const two = run([], "typed\n\n");
    expect(await verifyPassword("typed\n", lastLine(two.stdout))).toBe(true);
    expect(await verifyPassword("typed", lastLine(two.stdout))).toBe(false);
  });

  it.each([
    ["nothing", ""],
    ["a newline alone", "\n"],
  ])("refuses an empty password (%s) with status 2 and prints no hash", { timeout: 60_000 }, (_name, input) => {
    const result = run([], input);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/empty/);
  });

  it("never takes the password as an argument: any argument prints the usage, status 2", { timeout: 60_000 }, () => {
    const result = run(["my-password"], "ignored");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Usage:/);
    expect(result.stderr).toContain("standard input");
  });
});
