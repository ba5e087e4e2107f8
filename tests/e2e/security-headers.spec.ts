import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { siteContent } from "./helpers";

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

const responses: { name: string; path: (request: APIRequestContext) => Promise<string> | string; status: number }[] = [
  { name: "the home page", path: () => "/", status: 200 },
  { name: "a role page", path: () => `/roles/${role.slug}`, status: 200 },
  { name: "a script under /_next/static", path: firstScript, status: 200 },
  { name: "the 404 page", path: () => "/no-such-page", status: 404 },
  { name: "the 404 for a malformed address", path: () => "/roles/%E0%A4%A", status: 404 },
  { name: "the open data", path: () => "/api/roles.json", status: 200 },
  { name: "a link-preview image", path: () => `/roles/${role.slug}/opengraph-image`, status: 200 },
  { name: "search", path: () => "/search?q=coder", status: 200 },
  { name: "compare", path: () => `/compare?roles=${role.slug},${otherRole.slug}`, status: 200 },
  { name: "robots.txt", path: () => "/robots.txt", status: 200 },
];

for (const { name, path, status } of responses) {
  test(`${name} carries every security header and no X-Powered-By`, async ({ request }) => {
    const url = await path(request);
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(status);
    const headers = response.headers();

    const csp = headers["content-security-policy"] ?? "";
    const directives = new Map(
      csp.split(";").map((directive) => {
        const [key = "", ...values] = directive.trim().split(/\s+/);
        return [key, values.join(" ")] as const;
      }),
    );
    expect(directives.get("default-src"), csp).toBe("'self'");
    expect(directives.get("script-src"), csp).toBe("'self' 'unsafe-inline'");
    expect(directives.get("style-src"), csp).toBe("'self'");
    expect(directives.get("img-src"), csp).toBe("'self' data:");
    expect(directives.get("connect-src"), csp).toBe("'self'");
    expect(directives.get("font-src"), csp).toBe("'self'");
    expect(directives.get("object-src"), csp).toBe("'none'");
    expect(directives.get("base-uri"), csp).toBe("'self'");
    expect(directives.get("frame-ancestors"), csp).toBe("'none'");
    expect(directives.get("form-action"), csp).toBe("'self'");
    // The tests run on http://localhost, where upgrading requests would break the site.
    expect(directives.has("upgrade-insecure-requests"), csp).toBe(false);

    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

/**
 * Resources whose 404 is expected, not a problem: the browser asks for /favicon.ico by itself (the site has
 * none), and the 404 page's own document is a 404.
 */
const expectedMissing = (url: string, page: Page) =>
  new URL(url).pathname === "/favicon.ico" || (url === page.url() && /no-such-page/.test(url));

/** Collects console errors and CSP violations from the moment a page starts loading. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    const url = message.location().url;
    if (/^Failed to load resource: .* 404/.test(message.text()) && url && expectedMissing(url, page)) return;
    if (message.type() === "error" || /content security policy|permissions-policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()} (${url})`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction("__reportCspViolation", (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
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
