import { expect, test, type Page } from "@playwright/test";
import { expectVisibleFocus } from "../support/focus";
import { siteContent } from "../support/helpers";

// Every page's own Tab walk, at 390 and 1280 px, is in every-page.spec.ts.

const { industries, roles } = siteContent();
const industry = industries[0]!;

/** Presses Tab until `found` says the focused element is the one wanted, checking every stop on the way. */
async function tabUntil(page: Page, what: string, found: (element: Element) => boolean, maxStops = 80) {
  for (let stop = 1; stop <= maxStops; stop++) {
    await page.keyboard.press("Tab");
    await expectVisibleFocus(page, `${page.url()}, Tab ${stop}`);
    if (await page.evaluate(found, undefined as never).catch(() => false)) return;
  }
  throw new Error(`${what}: not reached in ${maxStops} presses of Tab on ${page.url()}`);
}

test("keyboard only: home → industry → role with Tab and Enter, focus visible at every stop", async ({ page }) => {
  // 9.9 s on a quiet two-core machine: a focus check at every Tab stop on three pages.
  test.setTimeout(45_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");

  await tabUntil(page, `the ${industry.name} link`, () => {
    const href = document.activeElement?.getAttribute("href") ?? "";
    return /^\/industries\/[^/]+$/.test(href);
  });
  const industryHref = await page.evaluate(() => document.activeElement!.getAttribute("href"));
  expect(industryHref).toBe(`/industries/${industry.slug}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/industries/${industry.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(industry.name);

  await tabUntil(page, "a 'View role' link", () =>
    (document.activeElement?.getAttribute("aria-label") ?? "").startsWith("View role: "),
  );
  const roleHref = await page.evaluate(() => document.activeElement!.getAttribute("href")!);
  const role = roles.find((each) => `/roles/${each.slug}` === roleHref);
  expect(role, `${roleHref} is a role page`).toBeDefined();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(roleHref);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(role!.title);
});

test("the skip link is the first Tab stop, shows when focused, and Enter moves focus to the main content", async ({
  page,
}) => {
  await page.goto(`/roles/${roles[0]!.slug}`);
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page, "skip link");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(skip).not.toBeInViewport();
  // The next Tab goes into the main content, past the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement))).toBe(true);
  await expectVisibleFocus(page, "first Tab stop after the skip link");
});
