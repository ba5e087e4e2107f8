import { isAdminPath } from "./admin-path";
import { adminConfigFromEnv, type Env } from "./config";
import { checkCredentials } from "./credentials";
import { adminClientKey, isBlocked, recordFailure, type HeaderReader } from "./failures";

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
