import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { adminAccess } from "@/lib/admin/auth";
import { ADMIN_CHALLENGE, ADMIN_RESPONSE_HEADERS, adminConfigFromEnv, FAILURE_LIMIT, FAILURE_WINDOW_SECONDS } from "@/lib/admin/config";
import { adminClientKey, isBlocked, takeAttempt } from "@/lib/admin/failures";
import { PEER_HEADER } from "@/lib/feedback/client";
import { basic, CONFIG, ENV, freshClient, headersFor, LOGGED, PASSWORD, USERNAME } from "./auth-support";

/** Who may open the editors' pages (lib/admin/auth.ts): the configuration, the failure count and the decision. */

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

describe("counting failures per client", () => {
  it(`blocks a client after ${FAILURE_LIMIT} attempts, for at most ${FAILURE_WINDOW_SECONDS} s`, () => {
    const key = `test-${randomUUID()}`;
    expect(isBlocked(key)).toBe(0);
    for (let attempt = 0; attempt < FAILURE_LIMIT; attempt++) expect(takeAttempt(key).allowed).toBe(true);
    const refused = takeAttempt(key);
    const wait = refused.allowed ? 0 : refused.retryAfter;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(FAILURE_WINDOW_SECONDS);
    expect(isBlocked(key)).toBeGreaterThan(0);
    expect(isBlocked(`test-${randomUUID()}`)).toBe(0);
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
