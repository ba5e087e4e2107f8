/**
 * Search that knows the words (issue 21), in the built site, with JavaScript off and on: a code however it is
 * written, a term's glossary entry above the results, and suggestions for a misspelling that finds nothing. The
 * spellings and rankings themselves are tested in tests/unit/search/search-readers-words.test.ts.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("icd10 finds the Clinical Coder first, and hes offers its glossary entry, which the link leads to", async ({ page }) => {
      await page.goto("/search?q=icd10");
      await expect(page.locator("[data-search-results] > li > h3").first()).toHaveText("Clinical Coder");
      await expect(page.locator("[data-search-results] > li").first().locator("mark").first()).toHaveText("ICD-10");

      await page.goto("/search?q=hes");
      const inset = page.locator("[data-search-glossary]");
      await expect(inset).toContainText("HES (Hospital Episode Statistics):");
      await expect(page.locator("[data-search-results] > li > h3").first()).toHaveText("Clinical Coder");
      await inset.getByRole("link", { name: "More in the glossary about Hospital Episode Statistics" }).click();
      await expect(page).toHaveURL("/glossary#hes");
      await expect(page.locator("[id='hes']")).toBeVisible();
    });

    test("a misspelling that finds nothing suggests the search and the role meant", async ({ page }) => {
      await page.goto("/search?q=clinicle+codr");
      const status = page.getByRole("status");
      await expect(status.getByRole("heading", { level: 2 })).toHaveText("No results for clinicle codr");
      await expect(status.locator("[data-search-suggestions]")).toHaveText("Did you mean clinical coder?");
      await expect(page.locator("[data-search-suggested-roles]").getByRole("link", { name: "Clinical Coder" })).toHaveAttribute(
        "href",
        "/roles/clinical-coder",
      );
      await status.getByRole("link", { name: "clinical coder", exact: true }).click();
      await expect(page).toHaveURL("/search?q=clinical+coder");
      await expect(page.locator("[data-search-results] > li > h3").first()).toHaveText("Clinical Coder");
    });
  });
}

// One page with all of it: "Did you mean", the roles it finds and the glossary's entry (the one inset of /search?q=hes).
test("/search?q=snomd has no accessibility violations (axe, WCAG 2.2 A and AA)", async ({ page }) => {
  await page.goto("/search?q=snomd");
  await expect(page.locator("[data-search-glossary]")).toBeVisible();
  await expectNoAxeViolations(page, "/search?q=snomd");
});
