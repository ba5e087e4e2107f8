import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEFAULT_SITE_URL, siteContent } from "../support/helpers";
import { SITEMAP_PATHS } from "../support/pages";

const { industries, roles } = siteContent();
/** The sitemap's pages, from the content (tests/e2e/support/pages.ts): the per-page tests visit exactly these. */
const pages = SITEMAP_PATHS;

const absolute = (path: string) => new URL(path, DEFAULT_SITE_URL).href;

async function getJson(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe("application/json; charset=utf-8");
  return (await response.json()) as Record<string, unknown> & { count?: number; items?: Record<string, string>[] };
}

test("/api/roles.json lists every role with absolute page and JSON URLs", async ({ request }) => {
  const json = await getJson(request, "/api/roles.json");
  expect(json.count).toBe(roles.length);
  expect(json.items?.map((item) => item.slug).sort()).toEqual(roles.map((role) => role.slug).sort());
  for (const item of json.items ?? []) {
    expect(item.url).toBe(absolute(`/roles/${item.slug}`));
    expect(item.api).toBe(absolute(`/api/roles/${item.slug}.json`));
  }
});

test("/api/industries.json lists every industry with absolute page and JSON URLs", async ({ request }) => {
  const json = await getJson(request, "/api/industries.json");
  expect(json.count).toBe(industries.length);
  expect(json.items?.map((item) => item.slug)).toEqual(industries.map((industry) => industry.slug));
  for (const item of json.items ?? []) {
    expect(item.url).toBe(absolute(`/industries/${item.slug}`));
    expect(item.api).toBe(absolute(`/api/industries/${item.slug}.json`));
  }
});

for (const role of roles) {
  test(`/api/roles/${role.slug}.json gives the role's content and absolute URLs`, async ({ request }) => {
    const json = await getJson(request, `/api/roles/${role.slug}.json`);
    expect(json).toMatchObject({
      slug: role.slug,
      title: role.title,
      summary: role.summary,
      skills: role.skills,
      changes: role.changes,
      lastUpdated: role.changes[0]!.date,
      url: absolute(`/roles/${role.slug}`),
      api: absolute(`/api/roles/${role.slug}.json`),
      feed: absolute(`/roles/${role.slug}/updates.atom`),
    });
    expect(json).not.toHaveProperty("file");
    expect((json.sections as unknown[]).length).toBe(role.sections.length);
  });
}

for (const industry of industries) {
  test(`/api/industries/${industry.slug}.json gives the industry, its path patterns and roles`, async ({ request }) => {
    const json = await getJson(request, `/api/industries/${industry.slug}.json`);
    expect(json).toMatchObject({
      slug: industry.slug,
      name: industry.name,
      changes: industry.changes,
      lastUpdated: industry.changes[0]!.date,
      url: absolute(`/industries/${industry.slug}`),
      feed: absolute(`/industries/${industry.slug}/updates.atom`),
    });
    const patterns = json.pathPatterns as { to: string; url: string }[];
    expect(patterns).toHaveLength(industry.pathPatterns.length);
    for (const pattern of patterns) expect(pattern.url).toBe(absolute(`/roles/${pattern.to}`));
    const listed = json.roles as { slug: string; url: string }[];
    expect(listed.map((each) => each.slug)).toEqual(industry.roles);
    for (const each of listed) expect(each.url).toBe(absolute(`/roles/${each.slug}`));
  });
}

for (const path of ["/api/roles/nope.json", "/api/industries/nope.json", `/api/roles/${roles[0]!.slug}`]) {
  test(`${path} answers 404`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(404);
  });
}

test("/sitemap.xml lists every page by its absolute URL", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locs.sort()).toEqual(pages.map(absolute).sort());
});

/** The later of two "YYYY-MM-DD" days. */
const later = (a: string, b: string) => (a > b ? a : b);

test("/sitemap.xml gives each content page the later of its last update and its last review as lastmod", async ({
  request,
}) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const lastmod = (path: string) =>
    xml
      .split("<url>")
      .find((part) => part.includes(`<loc>${absolute(path)}</loc>`))
      ?.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1];
  for (const role of roles) {
    expect(lastmod(`/roles/${role.slug}`), role.slug).toBe(later(role.changes[0]!.date, role.lastReviewed));
  }
  for (const industry of industries) {
    expect(lastmod(`/industries/${industry.slug}`), industry.slug).toBe(
      later(industry.changes[0]!.date, industry.lastReviewed),
    );
  }
  // /updates changed when the newest note was written.
  const newest = [...industries, ...roles].map((page) => page.changes[0]!.date).sort().at(-1);
  expect(lastmod("/updates")).toBe(newest);
});

test("/robots.txt allows every crawler everything but the editors' inbox, and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*\nAllow: \//);
  expect(text.match(/^Disallow: .*$/gm)).toEqual(["Disallow: /admin"]);
  expect(text).toContain(`Sitemap: ${absolute("/sitemap.xml")}`);
});

// Every page's Open Graph and Twitter card tags are checked in every-page.spec.ts.

test("role and industry pages have their own preview images", async ({ page }) => {
  await page.goto(`/roles/${roles[0]!.slug}`);
  expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toContain(
    `/roles/${roles[0]!.slug}/opengraph-image`,
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await page.goto(`/industries/${industries[0]!.slug}`);
  expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toContain(
    `/industries/${industries[0]!.slug}/opengraph-image`,
  );
});

for (const role of roles) {
  test(`${role.title}: the page's JSON-LD is an Occupation and a BreadcrumbList matching the visible breadcrumb`, async ({
    page,
  }) => {
    const industry = industries.find((each) => each.slug === role.industry)!;
    await page.goto(`/roles/${role.slug}`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const items = scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
    const occupation = items.find((item) => item["@type"] === "Occupation");
    expect(occupation).toMatchObject({
      "@context": "https://schema.org",
      name: role.title,
      description: role.summary,
      mainEntityOfPage: { "@type": "WebPage", url: absolute(`/roles/${role.slug}`) },
    });
    const breadcrumbs = items.find((item) => item["@type"] === "BreadcrumbList") as
      | { itemListElement: { position: number; name: string; item: string }[] }
      | undefined;
    expect(breadcrumbs).toBeDefined();
    const visible = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem").allInnerTexts();
    expect(breadcrumbs!.itemListElement.map((crumb) => crumb.name)).toEqual(visible);
    expect(breadcrumbs!.itemListElement.map((crumb) => crumb.item)).toEqual([
      absolute("/"),
      absolute(`/industries/${industry.slug}`),
      absolute(`/roles/${role.slug}`),
    ]);
  });
}
