import { expect, test } from "@playwright/test";
import { letterParams } from "../../lib/browse";
import { DEFAULT_SITE_URL, siteContent } from "./helpers";

const content = siteContent();
const { industries, roles } = content;
const pages = [
  { path: "/", description: undefined as string | undefined },
  ...industries.map((i) => ({ path: `/industries/${i.slug}`, description: i.summary })),
  ...roles.map((r) => ({ path: `/roles/${r.slug}`, description: r.summary })),
];
/** The pages for browsing: the industries, the roles A to Z and its letters. */
const browsePages = [
  { path: "/industries", description: undefined as string | undefined },
  { path: "/roles", description: undefined as string | undefined },
  ...letterParams(content).map(({ letter }) => ({ path: `/roles/a-z/${letter}`, description: undefined as string | undefined })),
];

test("every page has its own title, a description, an absolute canonical URL and lang en-GB", async ({ page }) => {
  const titles = new Set<string>();
  for (const { path, description } of [...pages, ...browsePages]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    const title = await page.title();
    expect(title.length, path).toBeGreaterThan(0);
    titles.add(title);
    const meta = page.locator('meta[name="description"]');
    await expect(meta).toHaveCount(1);
    if (description) await expect(meta).toHaveAttribute("content", description);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      path === "/" ? DEFAULT_SITE_URL : `${DEFAULT_SITE_URL}${path}`,
    );
  }
  expect(titles.size).toBe(pages.length + browsePages.length);
});

for (const width of [320, 1280]) {
  test(`pages fit a ${width} px wide window without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const { path } of [...pages, ...browsePages]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test("role and industry pages say when they were last updated and reviewed and when the next review is due", async ({
  page,
}) => {
  for (const { path } of pages.slice(1)) {
    await page.goto(path);
    await expect(page.locator(".review-dates")).toHaveText(
      /^Last updated: \d{1,2} [A-Z][a-z]+ \d{4}\. Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}\. Next review due: \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
    );
  }
  const role = roles[0]!;
  await page.goto(`/roles/${role.slug}`);
  await expect(page.locator(".review-dates time")).toHaveCount(3);
  await expect(page.locator(".review-dates time").nth(0)).toHaveAttribute("datetime", role.changes[0]!.date);
  await expect(page.locator(".review-dates time").nth(1)).toHaveAttribute("datetime", role.lastReviewed);
  await expect(page.locator(".review-dates time").nth(2)).toHaveAttribute("datetime", role.nextReviewDue);
});
