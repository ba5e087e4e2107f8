import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { siteContent } from "../support/helpers";
import { SITEMAP_PATHS } from "../support/pages";
import { watchForProblems } from "../support/problems";
import { LIMITS } from "../support/time-limits";

const { industries, roles } = siteContent();

/*
 * A clean console on every address the site publishes: each one opened in Chromium, as a reader (or a feed
 * reader's user, or a developer trying the open data) would, must log no error, throw nothing and break no
 * Content-Security-Policy rule. The HTML pages are opened by every-page.spec.ts (one test per page); this file
 * opens everything else, in the browser's own viewers: the XML tree (sitemap, feeds), the text and JSON viewers
 * and the image viewer (icons, link-preview images). One test per address or per page, each with its own limit.
 *
 * The addresses come from the content (each page's feed and preview images, each role's and industry's open data
 * file), and tests check that the site links nothing else: what robots.txt names, what a page links from its head
 * and what the open data's lists link.
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

/** A path without its query string (icons and preview images carry a build's hash there). */
const withoutQuery = (path: string) => path.split("?")[0]!;

/** What every page links from its head: the icons and the guide's own feed. Opened once each, below. */
const SITE_WIDE = ["/favicon.ico", "/icon.svg", "/apple-icon.png", "/updates.atom"];

// Tracing would run a script of Playwright's in every document, which the sandboxed non-HTML ones block, saying so.
test.use({ trace: "off" });

test("robots.txt names only the sitemap and the home page, which are opened here and in every-page.spec.ts", async ({
  request,
}) => {
  expect(await robotsPaths(request)).toEqual(["/sitemap.xml", "/"]);
});

for (const path of ["/sitemap.xml", "/robots.txt", "/favicon.ico"]) {
  test(`${path} opens with a clean console`, async ({ browser }) => {
    test.setTimeout(LIMITS.open);
    expect(await openEach(browser, [path])).toEqual([]);
  });
}

for (const address of SITE_WIDE) {
  test(`${address}, as the home page links it, opens with a clean console`, async ({ browser, request }) => {
    test.setTimeout(LIMITS.open);
    const linked = (await headLinks(request, "/")).filter((path) => withoutQuery(path) === address);
    expect(linked, `the home page links ${address}`).toHaveLength(1);
    expect(await openEach(browser, linked)).toEqual([]);
  });
}

for (const page of SITEMAP_PATHS) {
  test(`${page}: the feeds and link-preview images it links from its head open with a clean console`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(LIMITS.openSeveral);
    const linked = await headLinks(request, page);
    // Every page links the icons; content pages and /updates link a feed; every page has its preview images.
    expect(linked.filter((path) => /^\/(favicon\.ico|icon\.svg|apple-icon\.png)$/.test(withoutQuery(path)))).toHaveLength(3);
    expect(linked.filter((path) => /(opengraph|twitter)-image$/.test(withoutQuery(path)))).toHaveLength(2);
    expect(await openEach(browser, linked.filter((path) => !SITE_WIDE.includes(withoutQuery(path))))).toEqual([]);
  });
}

const openData = [
  "/api/roles.json",
  "/api/industries.json",
  ...roles.map((role) => `/api/roles/${role.slug}.json`),
  ...industries.map((industry) => `/api/industries/${industry.slug}.json`),
];

test("the open data's lists link each role's and industry's file and feed, which are opened here", async ({ request }) => {
  const linked: string[] = [];
  for (const list of ["/api/roles.json", "/api/industries.json"]) {
    const { items } = (await (await request.get(list)).json()) as { items: { api: string }[] };
    linked.push(...items.map((item) => pathOf(item.api)));
  }
  expect(linked.sort()).toEqual(openData.slice(2).sort());
  for (const role of roles) {
    const { feed } = (await (await request.get(`/api/roles/${role.slug}.json`)).json()) as { feed: string };
    expect(pathOf(feed)).toBe(`/roles/${role.slug}/updates.atom`);
  }
});

for (const path of openData) {
  test(`${path} opens with a clean console`, async ({ browser }) => {
    test.setTimeout(LIMITS.open);
    expect(await openEach(browser, [path])).toEqual([]);
  });
}

for (const path of ["/no-such-page", "/api/roles/no-such-role.json", "/roles/no-such-role/updates.atom"]) {
  test(`the 404 page for ${path} logs nothing but its own 404`, async ({ browser }) => {
    test.setTimeout(LIMITS.open);
    expect(await openEach(browser, [path], 404)).toEqual([]);
  });
}
