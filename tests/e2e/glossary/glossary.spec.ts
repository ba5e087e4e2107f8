import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { siteContent } from "../support/helpers";

/*
 * The glossary: /glossary A to Z, each term at its own address; on role and industry pages, the first use of a term
 * linking to its entry in "Terms on this page", with and without JavaScript, on screen and in print. (axe, the Tab
 * walk and the other per-page checks run on /glossary with every page of the sitemap: tests/e2e/site/every-page.)
 */

const { glossary } = siteContent();
const CODER = "/roles/clinical-coder";

/** Follows the first use of HES on the Clinical Coder page to its entry and checks the entry is what shows. */
async function followHes(page: Page) {
  await page.goto(CODER);
  const firstUse = page.locator("#work").getByRole("link", { name: "Hospital Episode Statistics" });
  await expect(firstUse).toHaveAttribute("href", "#term-hes");
  await firstUse.click();
  await expect(page).toHaveURL(/#term-hes$/);
  const entry = page.locator("#term-hes");
  await expect(entry).toHaveText("Hospital Episode Statistics (HES)");
  await expect(entry).toBeInViewport();
  await expect(page.locator("#terms dd").filter({ hasText: "A national dataset." })).toBeVisible();
}

test.describe("the glossary page", () => {
  test("lists every term A to Z under its letter, each at its own address, with the roles that use it", async ({ page }) => {
    await page.goto("/glossary");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
    const names = await page.locator("main dt").allInnerTexts();
    expect(names).toHaveLength(glossary.length);
    expect(names.map((name) => name.toLowerCase())).toEqual([...names].map((name) => name.toLowerCase()).sort());
    await expect(page.locator("dt#hes")).toHaveText("Hospital Episode Statistics (HES)");
    await expect(page.locator("dt#trust-and-safety")).toHaveText("Trust & Safety (T&S)");
    const hes = page.locator("div", { has: page.locator("dt#hes") }).last();
    await expect(hes.getByRole("link", { name: "Clinical Coder" })).toHaveAttribute("href", CODER);
    // The letters lead to their parts; letters with no terms are shown but lead nowhere.
    const letters = page.getByRole("navigation", { name: "Glossary A to Z" });
    await letters.getByRole("link", { name: "H", exact: true }).click();
    await expect(page).toHaveURL(/#letter-h$/);
    await expect(letters.getByRole("link", { name: "B", exact: true })).toHaveCount(0);
  });

  test("prints every term without the letters", async ({ page }) => {
    await page.goto("/glossary");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Glossary A to Z" })).toBeHidden();
    await expect(page.locator("dt#trust-and-safety")).toBeVisible();
  });

  test("a shared address of a term, /glossary#icd-10, opens at its entry", async ({ page }) => {
    await page.goto("/glossary#icd-10");
    await expect(page.locator("dt#icd-10")).toBeInViewport();
  });
});

test.describe("terms on role and industry pages", () => {
  test("the first use of a term links to its entry in \"Terms on this page\", which gives its definition", async ({ page }) => {
    await followHes(page);
    // Only the first use is a link: HES later on the page is plain text.
    await expect(page.locator("main a[href='#term-hes']")).toHaveCount(1);
    await expect(page.locator("#terms").getByRole("link", { name: "All terms in the glossary" })).toHaveAttribute("href", "/glossary");
  });

  test("\"Terms on this page\" is printed with the handout", async ({ page }) => {
    await page.goto(CODER);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { name: "Terms on this page" })).toBeVisible();
    await expect(page.locator("#term-nccq")).toBeVisible();
    await expect(page.getByRole("link", { name: "All terms in the glossary" })).toBeHidden();
  });

  test("the industry page links the Online Safety Act to its entry, and axe finds nothing on the terms", async ({ page }) => {
    await page.goto("/industries/healthcare-informatics");
    await page.locator("main").getByRole("link", { name: "Online Safety Act" }).click();
    await expect(page.locator("#term-online-safety-act")).toBeInViewport();
    const results = await new AxeBuilder({ page }).include("#terms").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations).toEqual([]);
  });

  test("a role's other titles show as \"Also known as\" and in its JSON-LD", async ({ page }) => {
    await page.goto("/roles/trust-and-safety");
    await expect(page.getByText("Also known as: Trust & Safety analyst")).toBeVisible();
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const occupation = jsonLd.map((text) => JSON.parse(text) as unknown).flat().find((item) => (item as { "@type"?: string })["@type"] === "Occupation");
    expect(occupation).toMatchObject({ alternateName: ["Trust & Safety analyst"] });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the first use of a term still leads to its entry", async ({ page }) => {
    await followHes(page);
  });
});
