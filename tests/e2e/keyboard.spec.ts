import { expect, test, type Page } from "@playwright/test";
import { AXE_WIDTHS } from "../../lib/accessibility";
import { expectVisibleFocus, focusReport } from "./focus";
import { siteContent } from "./helpers";
import { pagesToCheck } from "./pages";

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

for (const width of AXE_WIDTHS) {
  test(`every link, button and field on every page can be reached with Tab and shows visible focus at ${width} px`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    const failures: string[] = [];
    for (const { path } of await pagesToCheck(request)) {
      await page.goto(path);
      let first: string | undefined;
      for (let stop = 1; stop <= 250; stop++) {
        await page.keyboard.press("Tab");
        const report = await focusReport(page, { mark: true });
        // Past the last element focus leaves the page (or wraps round to the first): the page is done.
        if (report.none) break;
        if (stop === 1) first = report.element;
        else if (report.element === first) break;
        const problems = [
          report.focusVisible ? "" : "not :focus-visible",
          report.indicator.length > 0 ? "" : "no focus indicator",
          report.inViewport ? "" : "not in the viewport",
          report.obscured ? "covered by other content" : "",
        ].filter(Boolean);
        if (problems.length > 0) failures.push(`${path} Tab ${stop}: ${report.element}: ${problems.join(", ")}`);
      }
      // 2.1.1 Keyboard: every visible link, button and field was a Tab stop.
      const unreached = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]")]
          .filter((element) => element.tabIndex >= 0 && element.checkVisibility() && !element.hasAttribute("data-reached-by-tab"))
          .map((element) => `<${element.tagName.toLowerCase()}> ${element.getAttribute("href") ?? element.id}`),
      );
      for (const element of unreached) failures.push(`${path}: ${element} is never reached with Tab`);
    }
    expect(failures).toEqual([]);
  });
}
