import { expect, test } from "@playwright/test";
import { siteContent } from "../support/helpers";

const { roles, industries } = siteContent();

test.use({ javaScriptEnabled: false });

const textOf = (html: string) =>
  html
    // Inline elements (a term's first use is a link) are part of their words; block ends separate words.
    .replace(/<\/?(?:a|em|strong|code)\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x26;|&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();

for (const role of roles) {
  test(`${role.title}: the whole profile shows with JavaScript disabled`, async ({ page }) => {
    await page.goto(`/roles/${role.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.title);
    await expect(page.getByText(role.summary)).toBeVisible();
    for (const section of role.sections) {
      const region = page.locator(`section#${section.id}`);
      await expect(region.getByRole("heading", { level: 2 })).toHaveText(section.heading);
      for (const paragraph of section.html.split("</p>").map(textOf).filter(Boolean)) {
        await expect(region).toContainText(paragraph);
      }
    }
    for (const item of [...role.skills, ...role.workplaces, ...role.specialisms]) {
      await expect(page.locator("main")).toContainText(item);
    }
  });
}

test("the industry page shows everything with JavaScript disabled", async ({ page }) => {
  const industry = industries[0]!;
  await page.goto(`/industries/${industry.slug}`);
  await expect(page.locator("main")).toContainText(textOf(industry.bigPictureHtml));
  for (const pattern of industry.pathPatterns) {
    await expect(page.locator("main")).toContainText(pattern.description);
  }
});
