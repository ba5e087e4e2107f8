import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { sitemapPaths } from "./pages";
import { watchForProblems } from "./problems";

/*
 * A clean console on every address the site publishes: each one opened in Chromium, as a reader (or a feed
 * reader's user, or a developer trying the open data) would, must log no error, throw nothing and break no
 * Content-Security-Policy rule. That covers the HTML pages and the browser's own viewers for everything else:
 * the XML tree (sitemap, feeds), the text and JSON viewers and the image viewer (icons, link-preview images).
 *
 * The addresses are found, not listed: the sitemap and robots.txt, then everything the pages link from their
 * heads (feeds, icons, link-preview images), then the open data's lists and what they link (each role's and
 * industry's file and feed). A page, feed or image added to the site is covered without a change here.
 */

/** An address as a path on the server under test (the site names its addresses on SITE_URL). */
const pathOf = (url: string) => {
  const { pathname, search } = new URL(url, "http://site.invalid");
  return pathname + search;
};

/** robots.txt's own addresses: its Sitemap lines, and the paths it allows (no patterns). */
async function robotsPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/robots.txt");
  expect(response.status(), "/robots.txt").toBe(200);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  const sitemaps = lines.filter((line) => /^sitemap:/i.test(line)).map((line) => pathOf(line.replace(/^sitemap:\s*/i, "")));
  const allowed = lines.filter((line) => /^allow:\s*\/[^*$]*$/i.test(line)).map((line) => line.replace(/^allow:\s*/i, ""));
  expect(sitemaps, "robots.txt names a sitemap").not.toEqual([]);
  return [...sitemaps, ...allowed];
}

/** What a page links from its head that a browser or a feed reader fetches: feeds, icons, preview images. */
async function headLinks(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const links = [...head.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel="(icon|apple-touch-icon|alternate)"/.test(tag))
    .map((tag) => attribute(tag, "href"));
  const images = [...head.matchAll(/<meta\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\s(property|name)="(og:image|twitter:image)"/.test(tag))
    .map((tag) => attribute(tag, "content"));
  return [...links, ...images].filter((href): href is string => Boolean(href)).map((href) => pathOf(href.replaceAll("&amp;", "&")));
}

/** The open data's lists and every file and feed their items link. */
async function openDataPaths(request: APIRequestContext): Promise<string[]> {
  const paths = ["/api/roles.json", "/api/industries.json"];
  for (const list of [...paths]) {
    const { items } = (await (await request.get(list)).json()) as { items: { api: string }[] };
    for (const item of items) {
      const one = pathOf(item.api);
      const { feed } = (await (await request.get(one)).json()) as { feed?: string };
      paths.push(one, ...(feed ? [pathOf(feed)] : []));
    }
  }
  return paths;
}

/** Opens each address in a fresh browser context and returns what went wrong, naming the address. */
async function openEach(browser: Browser, addresses: readonly string[], status = 200): Promise<string[]> {
  const failures: string[] = [];
  for (const path of new Set(addresses)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Violations are seen on the console: a script of the test's own would be blocked in sandboxed documents.
    const problems = await watchForProblems(page, { violationEvents: false });
    const response = await page.goto(path);
    if (response?.status() !== status) problems.push(`answered ${response?.status()}, expected ${status}`);
    // Let an HTML page's scripts (hydration, the router's prefetching) and the browser's own requests finish.
    if (response?.headers()["content-type"]?.startsWith("text/html")) await page.waitForLoadState("networkidle");
    failures.push(...problems.map((problem) => `${path}: ${problem}`));
    await context.close();
  }
  return failures;
}

/** How many different files (query strings aside) match. */
const count = (paths: readonly string[], pattern: RegExp) =>
  new Set(paths.map((path) => path.split("?")[0]!).filter((path) => pattern.test(path))).size;

// Tracing would run a script of Playwright's in every document, which the sandboxed non-HTML ones block, saying so.
test.use({ trace: "off" });

test("the sitemap, robots.txt and every address they list open with a clean console", async ({ browser, request }) => {
  // One page load after another: about 45 addresses, more as the guide grows (the A to Z's letter pages).
  test.setTimeout(120_000);
  const pages = await sitemapPaths(request);
  const addresses = ["/sitemap.xml", "/robots.txt", ...(await robotsPaths(request)), ...pages];
  expect(count(addresses, /^\/roles\/[^/]+$/), "role pages").toBeGreaterThan(0);
  expect(await openEach(browser, addresses)).toEqual([]);
});

test("the feeds, icons and link-preview images every page links from its head open with a clean console", async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000);
  const addresses = ["/favicon.ico"];
  for (const page of await sitemapPaths(request)) addresses.push(...(await headLinks(request, page)));
  expect(count(addresses, /\.atom$/), "feeds").toBeGreaterThan(1);
  expect(count(addresses, /^\/(favicon\.ico|icon\.svg|apple-icon\.png)$/), "icons").toBe(3);
  expect(count(addresses, /(opengraph|twitter)-image$/), "link-preview images").toBeGreaterThan(1);
  expect(await openEach(browser, addresses)).toEqual([]);
});

test("the open data and every file and feed it links open with a clean console", async ({ browser, request }) => {
  const addresses = await openDataPaths(request);
  expect(count(addresses, /^\/api\/roles\/.+\.json$/), "roles' files").toBeGreaterThan(0);
  expect(await openEach(browser, addresses)).toEqual([]);
});

test("the 404 page, for a page, an open data file and a feed, logs nothing but its own 404", async ({ browser }) => {
  const missing = ["/no-such-page", "/api/roles/no-such-role.json", "/roles/no-such-role/updates.atom"];
  expect(await openEach(browser, missing, 404)).toEqual([]);
});
