import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { adminAccess } from "./auth";
import { ADMIN_CHALLENGE, ADMIN_RESPONSE_HEADERS } from "./config";

/**
 * The second check, in the inbox's page and CSV route themselves, behind proxy.ts's: if some spelling of an
 * address ever slipped past the proxy, the inbox still shows nothing without the editors' password. Each check
 * costs one password hash (about 0.1 s), within the budget of password checks (lib/admin/budget.ts) but with
 * priority: proxy.ts has let this request through already, so it waits for a slot rather than being refused.
 */
export async function requireEditor(): Promise<void> {
  const access = await adminAccess({ pathname: "/admin/feedback", headers: await headers() }, process.env, { priority: true });
  if (access.action !== "pass") notFound();
}

/** For route handlers: null when the editor may go on, else the response to send. */
export async function requireEditorResponse(requestHeaders: Headers): Promise<Response | null> {
  const access = await adminAccess({ pathname: "/admin/feedback.csv", headers: requestHeaders }, process.env, { priority: true });
  const text = { "Content-Type": "text/plain; charset=utf-8" };
  switch (access.action) {
    case "pass":
      return null;
    case "challenge":
      return new Response("Sign in with the editors' user name and password.\n", {
        status: 401,
        headers: { ...ADMIN_RESPONSE_HEADERS, ...text, "WWW-Authenticate": ADMIN_CHALLENGE },
      });
    case "too-many":
      return new Response("Too many failed sign-ins. Try again later.\n", {
        status: 429,
        headers: { ...ADMIN_RESPONSE_HEADERS, ...text, "Retry-After": String(access.retryAfter) },
      });
    case "busy":
      // Not reached with priority (kept for a change of options): too many password checks from all clients.
      return new Response("Too many sign-ins at once. Try again in a moment.\n", {
        status: 503,
        headers: { ...ADMIN_RESPONSE_HEADERS, ...text, "Retry-After": String(access.retryAfter) },
      });
    default:
      return new Response("Not found\n", { status: 404, headers: { ...ADMIN_RESPONSE_HEADERS, ...text } });
  }
}
