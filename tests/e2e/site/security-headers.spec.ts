import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { siteContent } from "../support/helpers";
import { watchForProblems } from "../support/problems";

const { industries, roles } = siteContent();
const industry = industries[0]!;
const role = roles[0]!;
const otherRole = roles[1]!;

/** The first script file a page loads, so the asset test follows whatever the build named it. */
async function firstScript(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error("the home page loads no script from /_next/static");
  return src;
}

/** The page policy: HTML pages, the 404 page (wherever it answers) and the site's own scripts and styles. */
const PAGE_POLICY = {
  "default-src": "'self'",
  "script-src": "'self' 'unsafe-inline'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "connect-src": "'self'",
  "font-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "frame-ancestors": "'none'",
  "form-action": "'self'",
};

/** Answers that are not HTML: nothing loads or runs, except what Chromium's XML and image viewers need. */
const NON_HTML_POLICY = {
  "default-src": "'none'",
  "style-src": "'unsafe-inline'",
  "img-src": "data:",
  "base-uri": "'none'",
  "form-action": "'none'",
  "frame-ancestors": "'none'",
  sandbox: "",
};

type Policy = Record<string, string>;

const responses: {
  name: string;
  path: (request: APIRequestContext) => Promise<string> | string;
  status: number;
  policy: Policy;
}[] = [
  { name: "the home page", path: () => "/", status: 200, policy: PAGE_POLICY },
  { name: "a role page", path: () => `/roles/${role.slug}`, status: 200, policy: PAGE_POLICY },
  { name: "a script under /_next/static", path: firstScript, status: 200, policy: PAGE_POLICY },
  { name: "the 404 page", path: () => "/no-such-page", status: 404, policy: PAGE_POLICY },
  { name: "the 404 for a malformed address", path: () => "/roles/%E0%A4%A", status: 404, policy: PAGE_POLICY },
  { name: "the 404 page for an unknown open data file", path: () => "/api/roles/no-such-role.json", status: 404, policy: PAGE_POLICY },
  { name: "the 404 page for an unknown feed", path: () => "/roles/no-such-role/updates.atom", status: 404, policy: PAGE_POLICY },
  { name: "search", path: () => "/search?q=coder", status: 200, policy: PAGE_POLICY },
  { name: "compare", path: () => `/compare?roles=${role.slug},${otherRole.slug}`, status: 200, policy: PAGE_POLICY },
  { name: "the open data", path: () => "/api/roles.json", status: 200, policy: NON_HTML_POLICY },
  { name: "a role's open data", path: () => `/api/roles/${role.slug}.json`, status: 200, policy: NON_HTML_POLICY },
  { name: "an industry's open data", path: () => `/api/industries/${industry.slug}.json`, status: 200, policy: NON_HTML_POLICY },
  { name: "a link-preview image", path: () => `/roles/${role.slug}/opengraph-image`, status: 200, policy: NON_HTML_POLICY },
  { name: "the home page's link-preview image", path: () => "/twitter-image", status: 200, policy: NON_HTML_POLICY },
  { name: "the guide's feed", path: () => "/updates.atom", status: 200, policy: NON_HTML_POLICY },
  { name: "a role's feed", path: () => `/roles/${role.slug}/updates.atom`, status: 200, policy: NON_HTML_POLICY },
  { name: "sitemap.xml", path: () => "/sitemap.xml", status: 200, policy: NON_HTML_POLICY },
  { name: "robots.txt", path: () => "/robots.txt", status: 200, policy: NON_HTML_POLICY },
  { name: "favicon.ico", path: () => "/favicon.ico", status: 200, policy: NON_HTML_POLICY },
  { name: "the SVG icon", path: () => "/icon.svg", status: 200, policy: NON_HTML_POLICY },
];

for (const { name, path, status, policy } of responses) {
  const kind = policy === PAGE_POLICY ? "the page policy" : "the non-HTML policy";
  test(`${name} carries every security header, with ${kind}, and no X-Powered-By`, async ({ request }) => {
    const url = await path(request);
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(status);
    const headers = response.headers();

    const csp = headers["content-security-policy"] ?? "";
    const directives = Object.fromEntries(
      csp.split(";").map((directive) => {
        const [key = "", ...values] = directive.trim().split(/\s+/);
        return [key, values.join(" ")] as const;
      }),
    );
    // Exactly these directives: on http://localhost, where the tests run, upgrade-insecure-requests would break the site.
    expect(directives, csp).toEqual(policy);

    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

/** True once React has hydrated the document (it marks the nodes it owns). */
const isHydrated = (page: Page) =>
  page.evaluate(() =>
    [document, document.documentElement, document.body].some((node) => Object.keys(node).some((key) => key.startsWith("__react"))),
  );

const pages = [
  { name: "home", path: "/", status: 200 },
  { name: "industry", path: `/industries/${industry.slug}`, status: 200 },
  { name: "role", path: `/roles/${role.slug}`, status: 200 },
  { name: "search", path: "/search?q=coding", status: 200 },
  { name: "compare", path: `/compare?roles=${role.slug},${otherRole.slug}`, status: 200 },
  { name: "404", path: "/no-such-page", status: 404 },
];

for (const { name, path, status } of pages) {
  test(`the ${name} page loads and hydrates in a browser with no CSP violation or console error`, async ({ page }) => {
    const problems = await watchForProblems(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect.poll(() => isHydrated(page), { message: "React hydrated the page" }).toBe(true);
    // Give late scripts (the router prefetching links in view) a moment to run into the policy, if they would.
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });
}

test("links navigate on the client under the CSP: the page is not reloaded", async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto("/");
  await expect.poll(() => isHydrated(page)).toBe(true);
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole("region", { name: "Industries" }).getByRole("link", { name: industry.name, exact: true }).click();
  await expect(page).toHaveURL(`/industries/${industry.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(industry.name);
  // A full page load would have started a new window object; the client router kept this one.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(problems).toEqual([]);
});

test("the header search form submits to /search under form-action 'self'", async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto(`/roles/${role.slug}`);
  const search = page.getByRole("search", { name: "Site-wide" });
  await search.getByRole("searchbox").fill("coding");
  await search.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=coding$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  expect(problems).toEqual([]);
});
