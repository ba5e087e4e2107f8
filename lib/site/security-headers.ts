import { loadContent, contentDir, projectRootOf } from "../content";
import { getSiteUrl } from "../shared";
import {
  accessibilityPath,
  glossaryPath,
  homePath,
  industriesApiPath,
  industriesIndexPath,
  privacyPath,
  rolesApiPath,
  rolesIndexPath,
  ROLES_A_TO_Z_SEGMENT,
  sitemapPath,
  updatesFeedPath,
  updatesPath,
} from "../shared";

/**
 * The security headers every response carries (pages, the 404, `/_next/static` assets, the open data and the
 * link-preview images). next.config.ts sends them with `headers()` for `/:path*`; the shipped nginx
 * configuration passes them through unchanged.
 *
 * Why `script-src 'self' 'unsafe-inline'` and not a nonce or hashes (on the public pages; the editors' inbox,
 * rendered per request anyway, gets a nonce instead: `nonce` below, and lib/admin/config.ts):
 * - A nonce must be new on every request, so every page would have to be rendered per request (Next applies a
 *   nonce only while rendering); the guide's pages are prerendered at build time and cached by CDNs, so no.
 * - Hashes cannot cover it either. Next sends each page's React Server Components payload in inline
 *   `<script>self.__next_f.push(…)</script>` tags whose text is different on every page and every build, and
 *   on /search and /compare different for every query. One header for all paths would have to list the hash of
 *   every inline script of every page (thousands, and unknowable for search queries), so it cannot be done
 *   with a static header. Next's own guide ("Content Security Policy", section "Without Nonces") says so.
 * What keeps the risk low instead: the site runs no third-party script, `script-src` allows no other origin,
 * content markdown is sanitized when it is rendered (no raw HTML, no event handlers, no javascript: links:
 * see tests/unit/content/malicious-markdown.test.ts), and user input (search, compare) is only ever rendered as text
 * by React. `object-src 'none'`, `base-uri 'self'` and `form-action 'self'` close the usual ways round it.
 *
 * `style-src 'self'` has no 'unsafe-inline': the pages have no `<style>` element or `style` attribute (the
 * stylesheet is one file under /_next/static), and React sets styles from script through the CSSOM, which CSP
 * allows. The end-to-end test fails on any CSP violation.
 *
 * Answers that are not HTML pages (the sitemap, robots.txt, the Atom feeds, the open data, the link-preview
 * images and the icons) get a policy of their own instead, `nonHtmlContentSecurityPolicy()`: they load nothing
 * and run nothing, so it allows nothing (`default-src 'none'`, `sandbox`), except what Chromium's own viewers
 * need when someone opens one of them: the XML tree viewer (sitemap.xml, feeds) injects a `<style>` element and
 * draws its fold arrows as `data:` SVG images, and the image viewer sets `style` attributes on the image. Those
 * are the browser's, not ours, but the document's policy applies to them, and the page policy's
 * `style-src 'self'` made Chromium log violations for them. Why `'unsafe-inline'` and not hashes: the viewers'
 * styles are Chromium's to change from one version to the next, and hashes do not cover `style` attributes
 * (the image viewer's change with the window's size). It costs nothing here: with no script, no fonts, no
 * connections, no images but `data:` and a sandboxed document, a style can neither run nor send anything.
 *
 * Next's `headers()` matches paths, not what an answer turns out to be, so the rules name every non-HTML file
 * the guide publishes (`securityHeaderRules()`): the role and industry files by their slugs, from the content.
 * An unknown file such as `/api/roles/nope.json` answers with the HTML 404 page, which needs the page policy
 * (its stylesheet and scripts), and gets it. Limit: Next matches header rules ignoring case, so a wrongly cased
 * address of a non-HTML file (`/SITEMAP.XML`) answers the 404 page under the non-HTML policy, unstyled.
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

export interface ContentSecurityPolicyOptions extends SecurityHeaderOptions {
  /**
   * A fresh nonce (base64) for a page rendered per request: `script-src` then allows only the scripts that carry
   * it, and those they load ('strict-dynamic'), instead of any inline script. Next puts the nonce on its own
   * scripts when it finds it in the request's Content-Security-Policy (proxy.ts sets it there for /admin).
   */
  nonce?: string;
}

/** The Content-Security-Policy, one directive per entry, in the order they are sent. */
export function contentSecurityPolicyDirectives({
  siteUrl = getSiteUrl(),
  development = false,
  nonce,
}: ContentSecurityPolicyOptions = {}): string[] {
  const scripts = nonce === undefined ? "'unsafe-inline'" : `'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${development ? " 'unsafe-eval'" : ""}`,
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

export function contentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  return contentSecurityPolicyDirectives(options).join("; ");
}

/** The Content-Security-Policy of answers that are not HTML pages: nothing but what Chromium's viewers need. */
export function nonHtmlContentSecurityPolicyDirectives(): string[] {
  return [
    "default-src 'none'",
    // Chromium's XML tree viewer injects a <style>; its image viewer sets style attributes.
    "style-src 'unsafe-inline'",
    // The XML tree viewer's fold arrows.
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // An opaque origin with no scripts, forms, pop-ups or downloads, whatever the answer holds.
    "sandbox",
  ];
}

export function nonHtmlContentSecurityPolicy(): string {
  return nonHtmlContentSecurityPolicyDirectives().join("; ");
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

/** The roles and industries the guide publishes: each has open data, a feed and link-preview images. */
export interface PublishedSlugs {
  roles: readonly string[];
  industries: readonly string[];
}

/** The slugs in the content (content/ or CONTENT_DIR); none if the content has errors (the build stops then). */
export function publishedSlugs(dir = contentDir()): PublishedSlugs {
  const { content } = loadContent(dir, projectRootOf(dir));
  return {
    roles: content?.roles.map((role) => role.slug) ?? [],
    industries: content?.industries.map((industry) => industry.slug) ?? [],
  };
}

/** Pages with link-preview images of their own besides roles and industries (app/<page>/opengraph-image.tsx). */
const PAGES_WITH_PREVIEW_IMAGES = [
  homePath(),
  accessibilityPath(),
  privacyPath(),
  updatesPath(),
  glossaryPath(),
  rolesIndexPath(),
  industriesIndexPath(),
];
const PREVIEW_IMAGES = ["opengraph-image", "twitter-image"];
/** Next's icon files (app/favicon.ico, app/icon.svg, app/apple-icon.png: scripts/make-icons.ts). */
const ICONS = ["/favicon.ico", "/icon.svg", "/apple-icon.png"];

/** Next refuses a rule whose regular expression is longer than 4,096 characters; slugs go in groups below that. */
const MAX_ALTERNATIVES_LENGTH = 3000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** `names` as path-to-regexp groups `(a|b|…)`, each short enough for one rule. */
function alternationGroups(names: readonly string[]): string[] {
  const groups: string[][] = [];
  let length = 0;
  for (const name of names.map(escapeRegExp)) {
    const last = groups.at(-1);
    if (!last || length + name.length + 1 > MAX_ALTERNATIVES_LENGTH) {
      groups.push([name]);
      length = name.length;
    } else {
      last.push(name);
      length += name.length + 1;
    }
  }
  return groups.map((group) => `(${group.join("|")})`);
}

/** Path patterns (Next's `source` syntax) of every answer the guide publishes that is not an HTML page. */
export function nonHtmlPathSources({ roles, industries }: PublishedSlugs): string[] {
  const pageFiles = `(${[escapeRegExp("updates.atom"), ...PREVIEW_IMAGES].join("|")})`;
  return [
    sitemapPath(),
    "/robots.txt",
    ...ICONS,
    updatesFeedPath(),
    rolesApiPath(),
    industriesApiPath(),
    ...PAGES_WITH_PREVIEW_IMAGES.flatMap((page) => PREVIEW_IMAGES.map((image) => `${page.replace(/\/$/, "")}/${image}`)),
    // Each letter page of the roles A to Z has preview images (a to z, and 0-9 for titles starting otherwise).
    `/roles/${ROLES_A_TO_Z_SEGMENT}/:letter([a-z]|0-9)/:file(${PREVIEW_IMAGES.join("|")})`,
    // Each role's and industry's feed and preview images, and its open data.
    ...alternationGroups(roles).map((group) => `/roles/:role${group}/:file${pageFiles}`),
    ...alternationGroups(industries).map((group) => `/industries/:industry${group}/:file${pageFiles}`),
    ...alternationGroups(roles.map((slug) => `${slug}.json`)).map((group) => `/api/roles/:file${group}`),
    ...alternationGroups(industries.map((slug) => `${slug}.json`)).map((group) => `/api/industries/:file${group}`),
  ];
}

export interface SecurityHeaderRule {
  source: string;
  headers: Header[];
}

/**
 * next.config.ts `headers()`: every security header on every path, then the non-HTML policy on the non-HTML
 * answers. Next applies every rule that matches a path, in order, a later one replacing a header an earlier one
 * set, so those answers keep every other header. The editors' pages are the other exception: proxy.ts sets their
 * policy (with a nonce) on the response, and Next applies the proxy's headers after these rules, replacing the
 * page policy rather than adding a second one (tests/e2e/admin/admin-csp.spec.ts checks there is one).
 */
export function securityHeaderRules({
  published = publishedSlugs(),
  ...options
}: SecurityHeaderOptions & { published?: PublishedSlugs } = {}): SecurityHeaderRule[] {
  const nonHtml = [{ key: "Content-Security-Policy", value: nonHtmlContentSecurityPolicy() }];
  return [
    { source: "/:path*", headers: securityHeaders(options) },
    ...nonHtmlPathSources(published).map((source) => ({ source, headers: nonHtml })),
  ];
}
