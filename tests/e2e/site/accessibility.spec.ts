import { expect, test } from "@playwright/test";
import { MIN_TARGET_SIZE } from "../../../lib/site/accessibility";
import { DEFAULT_SITE_URL } from "../support/helpers";

/*
 * Accessibility beyond the per-page checks (every-page.spec.ts runs axe, reflow, text size, headings, landmarks,
 * link purpose, target size and the keyboard walk on every page): motion, small targets at 320 px, the statement.
 */

test("the header's search button and the compare tick boxes meet the target size at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/compare");
  const targets = [
    page.getByRole("search", { name: "Site-wide" }).getByRole("button", { name: "Search" }),
    page.getByRole("search", { name: "Site-wide" }).getByRole("searchbox"),
    ...(await page.getByRole("checkbox").all()),
    page.getByRole("button", { name: "Compare" }),
  ];
  expect(targets.length).toBeGreaterThan(4);
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(MIN_TARGET_SIZE);
    expect(box!.height).toBeGreaterThanOrEqual(MIN_TARGET_SIZE);
  }
});

test.describe("when the device asks for reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("jumping to a part of the page does not scroll smoothly, and nothing animates", async ({ page }) => {
    await page.goto("/roles/clinical-coder");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

test.describe("when the device has no motion preference", () => {
  test.use({ reducedMotion: "no-preference" });

  test("in-page links scroll smoothly (so the reduced-motion test above is testing something)", async ({ page }) => {
    await page.goto("/roles/clinical-coder");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
  });
});

test("the accessibility statement follows the GOV.UK model and says how the site was tested", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL("/accessibility");
  await expect(page).toHaveTitle("Accessibility statement | Careers Guide");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /accessible/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${DEFAULT_SITE_URL}/accessibility`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement for Careers Guide");
  await expect(page.locator("main h2:not(#contents-heading)")).toHaveText([
    "Using this website",
    "How accessible this website is",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website’s accessibility",
    "Non-accessible content",
    "What we’re doing to improve accessibility",
    "Preparation of this accessibility statement",
  ]);
  await expect(page.getByRole("heading", { level: 3, name: "Compliance status" })).toBeVisible();
  const main = page.locator("main");
  await expect(main).toContainText("Equality and Human Rights Commission (EHRC)");
  await expect(main.getByRole("link", { name: "Equality Advisory and Support Service (EASS)" })).toHaveAttribute(
    "href",
    "https://www.equalityadvisoryservice.com/",
  );
  await expect(main).toContainText("This statement was prepared on 26 November 2026.");
  await expect(main).toContainText("axe-core 4.14");
  await expect(main).toContainText("in windows 390 and 1280 pixels wide");
  // Every "On this page" link leads to a heading of the statement.
  for (const link of await page.getByRole("navigation", { name: "On this page" }).getByRole("link").all()) {
    const id = (await link.getAttribute("href"))!.slice(1);
    await expect(page.locator(`h2[id="${id}"]`)).toHaveText((await link.textContent())!);
  }
});
