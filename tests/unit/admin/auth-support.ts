/** What the tests of the editors' sign-in (lib/admin) share: credentials, cheap hashes and request headers. */
import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import type { AdminConfig } from "@/lib/admin/config";
import { PEER_HEADER } from "@/lib/feedback/client";

/**
 * A hash in the stored format with a small N, so the many checks below take milliseconds, not 0.1 s each.
 * verifyPassword takes N, r and p from the stored hash, so it checks this exactly as it checks a real one.
 */
export function cheapHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFC"), salt, 32, { N: 1024, r: 8, p: 1 });
  return ["scrypt", 1024, 8, 1, salt.toString("base64url"), key.toString("base64url")].join(":");
}

export const USERNAME = "editor";
export const PASSWORD = "a long pass phrase: with colons, and ünïcödé";
export const CONFIG: AdminConfig = { username: USERNAME, passwordHash: cheapHash(PASSWORD) };
export const ENV = { ADMIN_USERNAME: USERNAME, ADMIN_PASSWORD_HASH: CONFIG.passwordHash, TRUSTED_PROXIES: "127.0.0.1,::1" };

export const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
export const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** Request headers as the server sees them: from the local proxy (trusted), for a client of the test's own. */
export function headersFor(client: string, authorization?: string): Headers {
  const headers = new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": client });
  if (authorization !== undefined) headers.set("authorization", authorization);
  return headers;
}
export const freshClient = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${(randomBytes(1)[0]! % 250) + 1}-${randomUUID()}`;

export const LOGGED = Symbol.for("careers-guide.admin-config-logged");
