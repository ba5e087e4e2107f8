import { isAdminPath } from "./admin-path";
import { adminConfigFromEnv, type Env } from "./config";
import { BUSY_RETRY_AFTER_SECONDS, passwordCheckBudget, type PasswordCheckBudget } from "./budget";
import { checkCredentials, type CheckOptions } from "./credentials";
import { adminClientKey, isBlocked, takeAttempt, type HeaderReader } from "./failures";

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
 * - Attempts are counted per client (FAILURE_LIMIT in FAILURE_WINDOW_SECONDS, in this process's memory; IPv6
 *   per /64, lib/feedback/client.ts): each is taken *before* its password is checked and given back when the
 *   password is right, so a client gets at most FAILURE_LIMIT wrong-password checks per window however many it
 *   sends at once; the rest get 429 with Retry-After and no password check at all until the window ends. A success
 *   gives back only its own attempt: it does not reset the count of earlier failures.
 * - Password checks across all clients share one budget (lib/admin/budget.ts): 2 running, 8 waiting; any
 *   further attempt gets 503 with Retry-After at once, before anything is hashed, and is not counted against its
 *   client (nothing was checked).
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
  /** Too many attempts from this client: answer 429 with Retry-After. */
  | { action: "too-many"; retryAfter: number }
  /** Too many password checks running and waiting, from all clients: answer 503 with Retry-After. */
  | { action: "busy"; retryAfter: number }
  /** The editors' credentials: serve the page. */
  | { action: "pass" };

export interface AccessOptions {
  /** The password check (the real scrypt unless a test passes a fake). */
  verify?: CheckOptions["verify"];
  /** The budget of password checks (the process's own unless a test passes one). */
  budget?: PasswordCheckBudget;
  /**
   * A page's second check, behind proxy.ts: it waits for a slot ahead of the queue instead of being refused with
   * "busy", since proxy.ts has already let this very request through (see PasswordCheckBudget.run).
   */
  priority?: boolean;
}

/**
 * Whether a request may open an admin page. `pathname` is the request's path as received (proxy.ts) or the
 * page's own path (a page checking again); `headers` must be the request's headers, with the peer address
 * that instrumentation.ts stamps.
 */
export async function adminAccess(
  request: { pathname: string; headers: HeaderReader },
  env: Env = process.env,
  { verify, budget = passwordCheckBudget(), priority = false }: AccessOptions = {},
): Promise<AdminAccess> {
  if (!isAdminPath(request.pathname)) return { action: "none" };
  const config = adminConfigFromEnv(env);
  if (!config) return { action: "not-found" };
  const key = adminClientKey(request.headers, env);
  const header = request.headers.get("authorization");
  if (header === null) {
    const wait = isBlocked(key);
    return wait > 0 ? { action: "too-many", retryAfter: wait } : { action: "challenge" };
  }
  // Counted first, in the same tick as the test of the limit: concurrent requests cannot all pass it.
  const attempt = takeAttempt(key);
  if (!attempt.allowed) return { action: "too-many", retryAfter: attempt.retryAfter };
  const checked = await budget.run(() => checkCredentials(header, config, verify ? { verify } : {}), { priority });
  if (checked === undefined) {
    attempt.giveBack();
    return { action: "busy", retryAfter: BUSY_RETRY_AFTER_SECONDS };
  }
  if (!checked.value) return { action: "challenge" };
  attempt.giveBack();
  return { action: "pass" };
}
