import { randomBytes } from "node:crypto";
import { contentSecurityPolicy, type SecurityHeaderOptions } from "../site";
import { parseHash } from "./password";

/**
 * The editors' sign-in, from ADMIN_USERNAME and ADMIN_PASSWORD_HASH, and what every /admin answer says: the
 * headers, the realm of the Basic challenge and the failure limit (lib/admin/auth.ts decides with them).
 */

export interface AdminConfig {
  username: string;
  passwordHash: string;
}

/** The environment, or a stand-in for it in tests. */
export type Env = Record<string, string | undefined>;

/** The response headers of every /admin answer: never cached by anyone else, never indexed. */
export const ADMIN_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex, nofollow",
});

/** A nonce as adminContentSecurityPolicy takes it: base64 of 16 random bytes or more (CSP asks for 128 bits). */
const NONCE = /^[A-Za-z0-9+/]{22,}={0,2}$/;

/** A fresh nonce for one admin answer: 16 bytes from the system's secure random source, in base64. */
export function newCspNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of the editors' pages, the one place that shows readers' own words: the site's page
 * policy (lib/site/security-headers.ts) with `script-src 'self' 'nonce-…' 'strict-dynamic'` instead of
 * 'unsafe-inline', so that no script runs unless Next wrote it into this very answer. The pages are rendered per
 * request anyway, which a nonce needs. `style-src 'self'` stays as it is (no inline styles, as on every page).
 * proxy.ts makes a new nonce for every request and sets the policy on the request (where Next reads the nonce
 * and puts it on its scripts) and on the response.
 */
export function adminContentSecurityPolicy(nonce: string, options: SecurityHeaderOptions = {}): string {
  if (!NONCE.test(nonce)) throw new Error("adminContentSecurityPolicy: the nonce must be base64 of 16 random bytes or more");
  return contentSecurityPolicy({ ...options, nonce });
}

/** The realm a browser shows in its sign-in prompt. */
export const ADMIN_REALM = "Careers Guide editors";
export const ADMIN_CHALLENGE = `Basic realm="${ADMIN_REALM}", charset="UTF-8"`;

/** Failed sign-ins allowed per client per window before it gets 429. */
export const FAILURE_LIMIT = 10;
export const FAILURE_WINDOW_SECONDS = 15 * 60;

const LOGGED = Symbol.for("careers-guide.admin-config-logged");
type LoggedStore = typeof globalThis & { [LOGGED]?: Set<string> };

/** Logs a configuration problem once per process (adminAccess reads the configuration on every request). */
function logOnce(message: string): void {
  const store = globalThis as LoggedStore;
  const logged = (store[LOGGED] ??= new Set());
  if (logged.has(message)) return;
  logged.add(message);
  console.error(message);
}

/**
 * The editors' sign-in from the environment, or null when the admin pages are off: either variable unset or
 * blank, or a hash that is not one this site makes (logged, naming ADMIN_PASSWORD_HASH and the fix).
 */
export function adminConfigFromEnv(env: Env = process.env): AdminConfig | null {
  const username = env.ADMIN_USERNAME?.trim() ?? "";
  const passwordHash = env.ADMIN_PASSWORD_HASH?.trim() ?? "";
  if (username === "" && passwordHash === "") return null;
  if (username === "" || passwordHash === "") {
    logOnce(
      `Admin pages are off: ${username === "" ? "ADMIN_USERNAME" : "ADMIN_PASSWORD_HASH"} is not set ` +
        `(both ADMIN_USERNAME and ADMIN_PASSWORD_HASH are needed to turn them on).`,
    );
    return null;
  }
  if (!parseHash(passwordHash)) {
    logOnce(
      "Admin pages are off: ADMIN_PASSWORD_HASH is not a password hash this site made. " +
        "Make one with `npm run -s admin:hash-password` (it reads the password on standard input) and set " +
        "ADMIN_PASSWORD_HASH to the line it prints, e.g. scrypt:32768:8:1:….",
    );
    return null;
  }
  return { username, passwordHash };
}
