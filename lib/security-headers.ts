import { getSiteUrl } from "./site";

/**
 * The security headers every response carries (pages, the 404, `/_next/static` assets, the open data and the
 * link-preview images). next.config.ts sends them with `headers()` for `/:path*`; the shipped nginx
 * configuration passes them through unchanged.
 *
 * Why `script-src 'self' 'unsafe-inline'` and not a nonce or hashes:
 * - A nonce must be new on every request, so every page would have to be rendered per request (Next applies a
 *   nonce only while rendering); the guide's pages are prerendered at build time and cached by CDNs, so no.
 * - Hashes cannot cover it either. Next sends each page's React Server Components payload in inline
 *   `<script>self.__next_f.push(…)</script>` tags whose text is different on every page and every build, and
 *   on /search and /compare different for every query. One header for all paths would have to list the hash of
 *   every inline script of every page (thousands, and unknowable for search queries), so it cannot be done
 *   with a static header. Next's own guide ("Content Security Policy", section "Without Nonces") says so.
 * What keeps the risk low instead: the site runs no third-party script, `script-src` allows no other origin,
 * content markdown is sanitized when it is rendered (no raw HTML, no event handlers, no javascript: links:
 * see tests/unit/malicious-markdown.test.ts), and user input (search, compare) is only ever rendered as text
 * by React. `object-src 'none'`, `base-uri 'self'` and `form-action 'self'` close the usual ways round it.
 *
 * `style-src 'self'` has no 'unsafe-inline': the pages have no `<style>` element or `style` attribute (the
 * stylesheet is one file under /_next/static), and React sets styles from script through the CSSOM, which CSP
 * allows. The end-to-end test fails on any CSP violation.
 */

/** Browser features the guide never uses, switched off for it and for anything it could ever embed. */
const DISABLED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "usb",
  "xr-spatial-tracking",
] as const;

export interface SecurityHeaderOptions {
  /** The site's public address; `upgrade-insecure-requests` is added only when it is https. */
  siteUrl?: URL;
  /** `next dev` needs 'unsafe-eval' (React rebuilds server error stacks with eval); production never does. */
  development?: boolean;
}

/** The Content-Security-Policy, one directive per entry, in the order they are sent. */
export function contentSecurityPolicyDirectives({
  siteUrl = getSiteUrl(),
  development = false,
}: SecurityHeaderOptions = {}): string[] {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self'",
    // data: for small inline images a browser extension or a future icon might use; nothing external.
    "img-src 'self' data:",
    "font-src 'self'",
    // Client-side navigation fetches each page's React Server Components payload from the same origin.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(siteUrl.protocol === "https:" ? ["upgrade-insecure-requests"] : []),
  ];
}

export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  return contentSecurityPolicyDirectives(options).join("; ");
}

export interface Header {
  key: string;
  value: string;
}

/** Every security header, as next.config.ts `headers()` takes them. */
export function securityHeaders(options: SecurityHeaderOptions = {}): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    // Two years, as hstspreload.org asks; no `preload`, which is a promise to browsers that is slow to undo.
    // Browsers ignore it over plain http (local use), so it is safe to send always.
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // For browsers too old for frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
