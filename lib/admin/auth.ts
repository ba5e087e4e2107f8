import { createHash, timingSafeEqual } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientAddress, clientKey, PEER_HEADER, trustedProxies } from "../feedback";
import { parseHash, verifyPassword } from "./password";

/**
 * Who may open the editors' pages under /admin: the whole decision, as plain functions with no Next in them.
 *
 * - Off by default. Without ADMIN_USERNAME and ADMIN_PASSWORD_HASH every /admin path answers 404, as if there
 *   were no such pages. A hash that is set but is not one `npm run -s admin:hash-password` makes is logged (once,
 *   naming ADMIN_PASSWORD_HASH) and leaves the pages off: the site keeps serving rather than failing to start.
 * - On: HTTP Basic authentication. The password is checked against the scrypt hash (lib/admin/password.ts),
 *   the user name in constant time; a wrong user name costs the same scrypt as a wrong password and gets the
 *   same answer. A request with no Authorization header at all is challenged without hashing anything (a
 *   browser's first request always has none, and nothing about the credentials can be learnt from it), and is
 *   not counted as a failure.
 * - Failures are counted per client (FAILURE_LIMIT in FAILURE_WINDOW_SECONDS, in this process's memory); a client
 *   over the limit gets 429 with Retry-After and no password check at all until the window ends. A success does
 *   not reset the count: the window is short and one editor's typos rarely reach ten.
 *
 * proxy.ts applies this to every request that could reach /admin; the admin pages call `adminAccess` again
 * themselves (defence in depth: a matcher change or a route Next reaches some other way must not open them).
 */

export interface AdminConfig {
  username: string;
  passwordHash: string;
}

type Env = Record<string, string | undefined>;

/** The response headers of every /admin answer: never cached by anyone else, never indexed. */
export const ADMIN_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex, nofollow",
});

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

/* ------------------------------------------------------------------------------------------------------------ */
/* Which paths are admin paths                                                                                  */
/* ------------------------------------------------------------------------------------------------------------ */

const MAX_DECODE_ROUNDS = 8;

/**
 * One round of percent-decoding that never throws. Valid UTF-8 decodes as usual; otherwise each `%XX` is taken
 * as one byte (Latin-1), and an overlong two-byte form of an ASCII character (`%C1%A1` for `a`, which a careless
 * decoder accepts) as that character. A `%` not followed by two hex digits is left as it is.
 */
function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text
      .replace(/%(C[01])%([89AB][0-9A-F])/gi, (_, lead: string, trail: string) =>
        String.fromCharCode(((parseInt(lead, 16) & 0x1f) << 6) | (parseInt(trail, 16) & 0x3f)),
      )
      .replace(/%([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** The path, then each further decoding of it, until decoding changes nothing. */
function decodings(pathname: string): string[] {
  const stages = [pathname];
  let current = pathname;
  for (let round = 0; round < MAX_DECODE_ROUNDS && current.includes("%"); round++) {
    const next = decodeOnce(current);
    if (next === current) break;
    stages.push(next);
    current = next;
  }
  return stages;
}

/**
 * The first segment a lenient server could take this path to start with, in each way it might read it: with
 * and without `;parameters`, with and without resolving `.` and `..`.
 */
function firstSegments(decoded: string): string[] {
  const text = decoded
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\\/g, "/")
    // Control characters and spaces: dropped rather than trusted to end a name.
    .replace(/[\u0000-\u0020\u007f]/g, "");
  const segments = text.split("/");
  const firsts: string[] = [];
  for (const stripParameters of [false, true]) {
    const named = segments
      .map((segment) => (stripParameters ? segment.replace(/;.*$/, "") : segment))
      .map((segment) => segment.replace(/[.]+$/, (dots) => (segment === dots ? dots : "")));
    // Read as written: the first segment that is not empty.
    const literal = named.find((segment) => segment !== "");
    if (literal !== undefined) firsts.push(literal);
    // Read with dot segments resolved, as a URL parser does.
    const resolved: string[] = [];
    for (const segment of named) {
      if (segment === "" || segment === ".") continue;
      if (segment === "..") resolved.pop();
      else resolved.push(segment);
    }
    if (resolved[0] !== undefined) firsts.push(resolved[0]);
  }
  return firsts;
}

/**
 * Whether a request path could be served as /admin or a page below it by Next or by any lenient server or proxy
 * in front of it: in any case, percent-encoded once or several times (malformed escapes included), with
 * backslashes, repeated slashes, `;parameters`, trailing dots or `.`/`..` segments.
 *
 * Deliberately broad: the first segment only has to *start* with `admin`, so /administrator, /admin.rsc and
 * /admin;x are protected too. No page of the site has a first segment starting with `admin`, so the only
 * effect is that such an unknown address answers 401 (or 404 while the admin pages are off) instead of 404.
 * Anything below another first segment (/roles/admin-officer) is not an admin path.
 */
export function isAdminPath(pathname: string): boolean {
  return decodings(pathname).some((decoded) => firstSegments(decoded).some((segment) => segment.startsWith("admin")));
}

/* ------------------------------------------------------------------------------------------------------------ */
/* HTTP Basic credentials                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/** Longer than any real Basic credentials; refused before decoding. */
const MAX_AUTHORIZATION_LENGTH = 2048;
const BASIC = /^basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The user name and password of an `Authorization: Basic …` header (RFC 7617), or null if there is none or it is
 * malformed: another scheme, not base64, not UTF-8, no colon, or control characters.
 */
export function parseBasicAuthorization(header: string | null): { username: string; password: string } | null {
  if (header === null || header.length > MAX_AUTHORIZATION_LENGTH) return null;
  const match = BASIC.exec(header.trim());
  if (!match) return null;
  const encoded = match[1]!;
  const unpadded = encoded.replace(/=+$/, "");
  if (unpadded.length % 4 === 1) return null;
  const bytes = Buffer.from(unpadded, "base64");
  // Canonical base64 only: re-encoding gives the same text (no stray bits in the last character).
  if (bytes.toString("base64").replace(/=+$/, "") !== unpadded) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  if (/[\u0000-\u001f\u007f]/.test(text)) return null;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Equal-length digests, so timingSafeEqual can compare names of any length without telling their lengths. */
const digest = (text: string) => createHash("sha256").update(text.normalize("NFC"), "utf8").digest();

/** Checked instead of a password when the header is malformed, so that case costs the same scrypt too. */
const NO_PASSWORD = "\u0000not a password\u0000";

export interface CheckOptions {
  /** The password check; tests pass a counting wrapper. */
  verify?: (password: string, stored: string) => Promise<boolean>;
}

/**
 * Whether an Authorization header holds the editors' credentials. Every header that is present costs exactly
 * one password check against the configured hash, whether it is malformed, names the wrong user or has the
 * wrong password, so neither the time taken nor the answer tells those apart. An absent header (null) is
 * refused at once: nothing about the credentials can be learnt from that.
 */
export async function checkCredentials(
  header: string | null,
  config: AdminConfig,
  { verify = verifyPassword }: CheckOptions = {},
): Promise<boolean> {
  if (header === null) return false;
  const credentials = parseBasicAuthorization(header);
  const usernameOk = timingSafeEqual(digest(credentials?.username ?? ""), digest(config.username));
  const passwordOk = await verify(credentials?.password ?? NO_PASSWORD, config.passwordHash);
  return credentials !== null && usernameOk && passwordOk;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Failed sign-ins per client                                                                                   */
/* ------------------------------------------------------------------------------------------------------------ */

const LIMITER = Symbol.for("careers-guide.admin-failures");
type LimiterStore = typeof globalThis & { [LIMITER]?: RateLimiterMemory };

/**
 * One counter per process, on globalThis: proxy.ts and the pages are bundled separately, and both must count
 * into (and read from) the same one. Processes do not share it: with N processes a client gets up to N × the
 * limit (the site runs one process unless it is scaled out; README "Running at scale").
 */
function failures(): RateLimiterMemory {
  const store = globalThis as LimiterStore;
  return (store[LIMITER] ??= new RateLimiterMemory({
    keyPrefix: "admin-auth",
    points: FAILURE_LIMIT,
    duration: FAILURE_WINDOW_SECONDS,
  }));
}

const secondsFrom = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Seconds the client must wait before its next try, or 0 if it is not blocked. */
export async function isBlocked(key: string): Promise<number> {
  const result = await failures().get(key);
  if (!result || result.consumedPoints < FAILURE_LIMIT) return 0;
  return secondsFrom(result.msBeforeNext);
}

/** Counts one failed sign-in; returns the seconds the client must now wait (0 while it is under the limit). */
export async function recordFailure(key: string): Promise<number> {
  try {
    const result = await failures().consume(key);
    return result.consumedPoints >= FAILURE_LIMIT ? secondsFrom(result.msBeforeNext) : 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return secondsFrom(error.msBeforeNext);
    throw error;
  }
}

/** The limiter key of the client that sent these headers (see lib/feedback/client.ts). */
export function adminClientKey(headers: HeaderReader, env: Env = process.env): string {
  // clientAddress takes a Headers; a Server Component's headers() is read-only, so copy the two it reads.
  const copy = new Headers();
  for (const name of [PEER_HEADER, "x-forwarded-for"]) {
    const value = headers.get(name);
    if (value !== null) copy.set(name, value);
  }
  return clientKey(clientAddress(copy, trustedProxies(env)));
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The decision                                                                                                 */
/* ------------------------------------------------------------------------------------------------------------ */

/** Anything with `get`: a Request's Headers, or what `await headers()` gives a Server Component. */
export interface HeaderReader {
  get(name: string): string | null;
}

export type AdminAccess =
  /** Not an admin path: nothing to decide. */
  | { action: "none" }
  /** The admin pages are off: answer 404. */
  | { action: "not-found" }
  /** No or wrong credentials: answer 401 with WWW-Authenticate: ADMIN_CHALLENGE. */
  | { action: "challenge" }
  /** Too many failures from this client: answer 429 with Retry-After. */
  | { action: "too-many"; retryAfter: number }
  /** The editors' credentials: serve the page. */
  | { action: "pass" };

/**
 * Whether a request may open an admin page. `pathname` is the request's path as received (proxy.ts) or the
 * page's own path (a page checking again); `headers` must be the request's headers, with the peer address
 * that instrumentation.ts stamps.
 */
export async function adminAccess(
  request: { pathname: string; headers: HeaderReader },
  env: Env = process.env,
): Promise<AdminAccess> {
  if (!isAdminPath(request.pathname)) return { action: "none" };
  const config = adminConfigFromEnv(env);
  if (!config) return { action: "not-found" };
  const key = adminClientKey(request.headers, env);
  const wait = await isBlocked(key);
  if (wait > 0) return { action: "too-many", retryAfter: wait };
  const header = request.headers.get("authorization");
  if (await checkCredentials(header, config)) return { action: "pass" };
  if (header !== null) await recordFailure(key);
  return { action: "challenge" };
}
