import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_CHALLENGE, ADMIN_RESPONSE_HEADERS, adminAccess, adminContentSecurityPolicy, newCspNonce } from "@/lib/admin";
import { hasMalformedPercentEncoding } from "@/lib/shared";

/**
 * Two jobs, both for requests no link on the site makes:
 *
 * 1. The editors' pages under /admin: who gets in (lib/admin/auth.ts). Every path that Next, or a lenient server
 *    in front of it, could serve as /admin or below (any case, percent-encoded, `;parameters`…) is decided here:
 *    404 while the admin pages are off, 401 without the editors' credentials, 429 after too many failures, 503
 *    while too many password checks from all clients are running and waiting. Every
 *    answer to such a path carries ADMIN_RESPONSE_HEADERS (never cached, never indexed). The pages check again
 *    themselves.
 *
 * 2. Works round a Next bug: a path with a percent-escape that cannot be decoded (`/roles/%`, `/roles/%ff`) makes
 *    `next start` answer 500 on dynamic routes. Such a path is answered here with the site's 404 page instead.
 *    See lib/shared/url-encoding.ts for the details and when to remove that part.
 *
 * The matcher keeps the cost off every other request: the proxy runs only for paths that contain a `%` (which
 * no link on the site produces) or whose first segment starts with `admin` in any case (Next tests the matcher
 * case-sensitively, hence the character classes). Next tests it on the path as received and once decoded, after
 * resolving `.` and `..`; paths with `//` or `\` never get here, because Next answers them first with a 308 to
 * the path with single slashes, which then comes here. Every other request pays only Next's test of these two
 * regular expressions in its router (the cost of the first alone is measured in bench/RESULTS.md, "What the fix
 * for malformed addresses costs": not measurable against noise).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const access = await adminAccess({ pathname, headers: request.headers });
  switch (access.action) {
    case "none":
      break;
    case "not-found":
      return NextResponse.rewrite(new URL("/_admin-not-found", request.url), { headers: ADMIN_RESPONSE_HEADERS });
    case "challenge":
      return new NextResponse("Sign in with the editors' user name and password to see this page.\n", {
        status: 401,
        headers: {
          ...ADMIN_RESPONSE_HEADERS,
          "WWW-Authenticate": ADMIN_CHALLENGE,
          "Content-Type": "text/plain; charset=utf-8",
        },
      });
    case "too-many":
      return new NextResponse("Too many failed sign-ins from your address. Try again later.\n", {
        status: 429,
        headers: {
          ...ADMIN_RESPONSE_HEADERS,
          "Retry-After": String(access.retryAfter),
          "Content-Type": "text/plain; charset=utf-8",
        },
      });
    case "busy":
      // 503, not 429: the server is saturated by everyone's sign-ins (lib/admin/budget.ts), not by this client,
      // which keeps its own allowance (nothing was checked). Answered before any hash, with a short Retry-After.
      return new NextResponse("Too many sign-ins at once. Try again in a moment.\n", {
        status: 503,
        headers: {
          ...ADMIN_RESPONSE_HEADERS,
          "Retry-After": String(access.retryAfter),
          "Content-Type": "text/plain; charset=utf-8",
        },
      });
    case "pass":
      if (hasMalformedPercentEncoding(pathname)) {
        return NextResponse.rewrite(new URL("/_malformed-address", request.url), { headers: ADMIN_RESPONSE_HEADERS });
      }
      return editorsPage(request);
  }
  if (hasMalformedPercentEncoding(pathname)) {
    // A path no route has: Next renders app/not-found.tsx with status 404.
    return NextResponse.rewrite(new URL("/_malformed-address", request.url));
  }
  return NextResponse.next();
}

/**
 * An editor on their way to an admin page: the strictest Content-Security-Policy (lib/admin/config.ts), scripts
 * only with a nonce new for this request. On the request, where Next reads the nonce and writes it on the page's
 * scripts (the pages render per request); on the response, where it replaces next.config.ts's page policy.
 */
function editorsPage(request: NextRequest): NextResponse {
  const policy = adminContentSecurityPolicy(newCspNonce(), { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  return NextResponse.next({
    request: { headers: requestHeaders },
    headers: { ...ADMIN_RESPONSE_HEADERS, "Content-Security-Policy": policy },
  });
}

export const config = {
  matcher: ["/(.*%.*)", "/([aA][dD][mM][iI][nN].*)"],
};
