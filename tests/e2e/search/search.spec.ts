import { expect, test } from "@playwright/test";
import { createSearchEngine } from "../../../lib/search";
import { expectNoAxeViolations } from "../support/axe";
import { siteContent } from "../support/helpers";

const content = siteContent();
const engine = createSearchEngine(content);
const industry = content.industries[0]!;

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  // The header's search box on every page, without JavaScript, is checked in every-page.spec.ts.

  test("typing in the header's box and pressing Enter shows ranked results with the words marked", async ({ page }) => {
    await page.goto(`/roles/${content.roles[0]!.slug}`);
    await page.getByRole("search", { name: "Site-wide" }).getByRole("searchbox").fill("SQL");
    await page.getByRole("search", { name: "Site-wide" }).getByRole("searchbox").press("Enter");

    await expect(page).toHaveURL("/search?q=SQL");
    await expect(page).toHaveTitle('Search results for "SQL" | Careers Guide');
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.getByRole("heading", { level: 2, name: "1 result for SQL" })).toBeVisible();
    await expect(page.getByRole("search", { name: "Search the guide" }).getByRole("searchbox")).toHaveValue("SQL");

    const results = page.locator("[data-search-results] > li");
    await expect(results).toHaveCount(1);
    await expect(results.first().getByRole("link")).toHaveText("Healthcare Data Analyst");
    await expect(results.first().getByRole("link")).toHaveAttribute("href", "/roles/healthcare-data-analyst");
    await expect(results.first()).toContainText(`Role in ${industry.name}`);
    await expect(results.first().locator("mark")).toHaveText(["SQL"]);

    await results.first().getByRole("link").click();
    await expect(page).toHaveURL("/roles/healthcare-data-analyst");
  });

  test("the Search button submits, and results come in the order the index ranks them", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("search", { name: "Site-wide" });
    await form.getByRole("searchbox").fill("data");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL("/search?q=data");

    const expected = engine.search("data").results.map((result) => result.title);
    expect(expected.length).toBeGreaterThan(1);
    await expect(page.getByRole("heading", { level: 2, name: `${expected.length} results for data` })).toBeVisible();
    await expect(page.locator("[data-search-results] > li > h3")).toHaveText(expected);
    for (const result of await page.locator("[data-search-results] > li").all()) {
      await expect(result.locator("mark").first()).toHaveText(/^data/i);
    }
  });

  test("says when no page has every word, and shows the pages with some", async ({ page }) => {
    await page.goto("/search?q=coder+SQL");
    await expect(page.getByText("No page has all of your words")).toBeVisible();
    await expect(page.locator("[data-search-results] > li > h3")).toContainText(["Clinical Coder", "Healthcare Data Analyst"]);
  });

  test("no results: a helpful page with suggestions and links into the guide", async ({ page }) => {
    const response = await page.goto("/search?q=zzzzqqq");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('Search results for "zzzzqqq" | Careers Guide');
    await expect(page.getByRole("heading", { level: 2, name: "No results for zzzzqqq" })).toBeVisible();
    await expect(page.getByText("checking your spelling")).toBeVisible();
    await expect(page.getByText("using fewer words, or more general ones")).toBeVisible();
    await expect(page.getByRole("link", { name: industry.name, exact: true }).last()).toHaveAttribute(
      "href",
      `/industries/${industry.slug}`,
    );
    for (const role of content.roles) {
      await expect(page.locator("main").getByRole("link", { name: role.title, exact: true })).toHaveAttribute(
        "href",
        `/roles/${role.slug}`,
      );
    }
    expect(engine.exampleSearches.length).toBeGreaterThan(0);
    for (const example of engine.exampleSearches) {
      await expect(page.locator("main").getByRole("link", { name: example, exact: true })).toBeVisible();
    }
    // An example search finds something.
    await page.locator("main").getByRole("link", { name: engine.exampleSearches[0]!, exact: true }).click();
    await expect(page.locator("[data-search-results] > li").first()).toBeVisible();
  });

  test("an empty search explains what can be searched and links into the guide", async ({ page }) => {
    for (const path of ["/search", "/search?q=", "/search?q=+++"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page).toHaveTitle("Search | Careers Guide");
      await expect(page.getByRole("heading", { level: 2, name: "What you can search for" })).toBeVisible();
      await expect(page.locator("[data-search-results]")).toHaveCount(0);
      await expect(page.locator("main").getByRole("link", { name: content.roles[0]!.title, exact: true })).toBeVisible();
    }
  });

  test("a page the results do not have gets a clear message and a link to the first page, never an error", async ({
    page,
  }) => {
    const count = engine.search("data").total;
    expect(count).toBeLessThanOrEqual(20); // one page of results in the 4-role guide
    for (const [asked, said] of [
      ["999", "There is no page 999."],
      ["2", "There is no page 2."],
      ["0", "There is no page 0."],
      // The page asked for and the query are in <q>, whose quotation marks come from CSS, not the text.
      ["abc", "There is no page abc."],
      ["-1", "There is no page -1."],
    ] as const) {
      const path = `/search?q=data&page=${asked}`;
      const response = await page.goto(path);
      // 200, as for a search with no results: see app/search/page.tsx. Kept by no cache, as every search page.
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()["cache-control"], path).toMatch(/private.*no-store|no-store.*private/);
      await expect(page.getByRole("heading", { level: 2, name: `${count} results for data` }), path).toBeVisible();
      await expect(page.locator("main"), path).toContainText(`${said} The results for data are all on one page.`);
      await expect(page.locator("[data-search-results]"), path).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Search results pages" }), path).toHaveCount(0);
    }
    await expect(page).toHaveTitle('Search results for "data": there is no page "-1" | Careers Guide');
    await page.getByRole("link", { name: "Go to the first page of results" }).click();
    await expect(page).toHaveURL("/search?q=data");
    await expect(page.locator("[data-search-results] > li")).toHaveCount(count);
  });

  test("a page parameter is shown as text, whatever it holds", async ({ page, request }) => {
    const url = `/search?q=data&page=${encodeURIComponent("<script>alert(1)</script>")}`;
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
    await page.goto(url);
    await expect(page.locator("main")).toContainText("There is no page <script>alert(1)</s….");
    for (const odd of ["/search?q=data&page=", "/search?q=data&page=1", "/search?q=data&page=1&page=5", "/search?q=data&page=%00", "/search?page=3"]) {
      const oddResponse = await request.get(odd);
      expect(oddResponse.status(), odd).toBe(200);
      expect(await oddResponse.text(), odd).not.toContain("There is no page");
    }
  });

  test("one page of results has no pagination, no 'Showing' line and no rel prev or next", async ({ page }) => {
    await page.goto("/search?q=data");
    await expect(page.getByRole("navigation", { name: "Search results pages" })).toHaveCount(0);
    await expect(page.getByText(/^Showing \d/)).toHaveCount(0);
    await expect(page.locator('link[rel="prev"], link[rel="next"], a[rel="prev"], a[rel="next"]')).toHaveCount(0);
    await expect(page).toHaveTitle('Search results for "data" | Careers Guide');
  });

  test("the search page asks search engines not to index it", async ({ page }) => {
    await page.goto("/search?q=sql");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  const hostile = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</title><script>alert(1)</script>",
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "a".repeat(5000),
    "😀".repeat(600),
    "\u0000",
    "\u0000\u0001\u001b[31m",
    "\u202e\u200bsql\u2066",
    "Z̷̢̛a̸̡l̵̨g̶̢o̷̧",
    "ﷺ".repeat(50),
    "%",
    "(.*+?[\\",
    "__proto__",
    "constructor",
  ];

  test("hostile queries get a normal page, with the query shown as text", async ({ page, request }) => {
    for (const query of hostile) {
      const url = `/search?q=${encodeURIComponent(query)}`;
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      expect(html, url).not.toContain("<script>alert(1)</script>");
      expect(html, url).not.toContain("<img src=x");
      expect(html, url).not.toContain("<svg/onload");
      expect(html, url).toContain("<h1>Search</h1>");
    }
    await page.goto(`/search?q=${encodeURIComponent(hostile[0]!)}`);
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("No results for <script>alert(1)</script>");
    await expect(page.getByRole("search", { name: "Search the guide" }).getByRole("searchbox")).toHaveValue(
      "<script>alert(1)</script>",
    );
  });

  const oddUrls = [
    "/search?q=%00",
    "/search?q=%",
    "/search?q=%E0%A4%A",
    "/search?q=%ED%A0%80",
    "/search?q=%FF%FE",
    "/search?q[]=sql",
    "/search?q[foo]=sql",
    "/search?q=sql&q=coder",
    "/search?q",
    "/search?q=&q=",
    "/search?Q=sql",
    "/search?q=sql%00data",
  ];

  test("malformed and repeated query strings get a normal page", async ({ request }) => {
    for (const url of oddUrls) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(await response.text(), url).toContain("<h1>Search</h1>");
    }
  });

  // /search, /search?q=coder and /search?q=zzzz are checked at 320 px with every page (every-page.spec.ts).
  for (const path of ["/search?q=data", `/search?q=${"x".repeat(200)}`]) {
    test(`${path.slice(0, 30)}… fits a 320 px wide window`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    });
  }
});

// /search, /search?q=coder and /search?q=zzzz get axe at 390 and 1280 px with every page (every-page.spec.ts).
for (const path of ["/search?q=data", "/search?q=coder+sql", "/search?q=data&page=9"]) {
  test(`${path} has no accessibility violations (axe, WCAG 2.2 A and AA)`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  });
}
