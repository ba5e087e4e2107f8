import { describe, expect, it } from "vitest";
import { checkCredentials, parseBasicAuthorization } from "@/lib/admin/credentials";
import { verifyPassword } from "@/lib/admin/password";
import { base64, basic, CONFIG, PASSWORD, USERNAME } from "./auth-support";

/** HTTP Basic credentials: reading the header, and checking it at the same cost whatever is wrong with it. */

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
