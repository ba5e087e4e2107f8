import { NextResponse, type NextRequest } from "next/server";
import { hasMalformedPercentEncoding } from "./lib/url-encoding";

/**
 * Works round a Next bug: a path with a percent-escape that cannot be decoded (`/roles/%`, `/roles/%ff`) makes
 * `next start` answer 500 on dynamic routes. Such a path is answered here with the site's 404 page instead.
 * See lib/url-encoding.ts for the details and when to remove this file.
 *
 * The matcher keeps the cost off every other request: the proxy runs only for paths that contain a `%`, which
 * no link on the site produces. Every other request pays one regular-expression test in Next's router
 * (measured in bench/RESULTS.md, "What the fix for malformed addresses costs").
 */
export function proxy(request: NextRequest) {
  if (hasMalformedPercentEncoding(request.nextUrl.pathname)) {
    // A path no route has: Next renders app/not-found.tsx with status 404.
    return NextResponse.rewrite(new URL("/_malformed-address", request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/(.*%.*)"],
};
