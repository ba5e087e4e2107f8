/**
 * Whether a request path has a percent-escape that cannot be decoded: a `%` not followed by two hex digits
 * (`/roles/%`, `/roles/%zz`) or escapes that are not UTF-8 (`/roles/%ff`, `/roles/%C0%AE`). No page, file or
 * open-data address of the site can be written that way, so such a path can only be a typo or a probe.
 *
 * proxy.ts answers these with the 404 page, because Next 16.4 answers them with a 500 on dynamic routes
 * (/roles/[role], /industries/[industry], /api/...): its route matcher throws while decoding the segment and
 * the error page it then tries to render for a 400 does not exist in an App Router build. Upstream:
 * vercel/next.js pull request 92557. Remove proxy.ts when a Next release fixes it (tests/e2e/site/hostile-urls.spec.ts
 * will show whether it is still needed).
 */
export function hasMalformedPercentEncoding(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
