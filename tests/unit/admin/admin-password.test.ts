import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hashPassword, parseHash, verifyPassword } from "@/lib/admin/password";
import { cheapHash } from "./auth-support";

/** The editors' password hashes (lib/admin/password.ts) and the command that makes them. */

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
