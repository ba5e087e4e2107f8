import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { roleProfile } from "../../../lib/content/profile";
import { formatDate } from "../../../lib/content/dates";
import { SITE_NAME } from "../../../lib/shared/site";
import { INDUSTRY_PAGE_FRAGMENTS, PAGE_HISTORY_FRAGMENT } from "../../../lib/shared/urls";
import { DEFAULT_SITE_URL, siteContent } from "../support/helpers";

const { industries, roles } = siteContent();
const industry = industries[0]!;
const CODER = "/roles/clinical-coder";
const SECTION_LINK = /^Link to this section\s?:/;

/** Checks that every section link on the page points at `#id` of a part that exists, and returns the ids. */
async function sectionLinkTargets(page: Page) {
  const links = page.locator("main").getByRole("link", { name: SECTION_LINK });
  const ids: string[] = [];
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href).toMatch(/^#[a-z-]+$/);
    await expect(page.locator(href), href).toHaveCount(1);
    ids.push(href.slice(1));
  }
  return ids;
}

for (const role of roles) {
  test(`${role.title}: every section has a "Link to this section" link to its own id`, async ({ page }) => {
    await page.goto(`/roles/${role.slug}`);
    const sections = await page.locator("main section[id]").evaluateAll((all) => all.map((s) => s.id));
    const profileIds = roleProfile(role).map((section) => section.id);
    expect(sections.slice(0, profileIds.length)).toEqual(profileIds);
    expect(sections).toContain("paths-in");
    expect(sections).toContain(PAGE_HISTORY_FRAGMENT);
    for (const id of sections) {
      const section = page.locator(`section#${id}`);
      const heading = await section.getByRole("heading", { level: 2 }).innerText();
      const link = section.getByRole("link", { name: SECTION_LINK });
      await expect(link).toHaveAttribute("href", `#${id}`);
      await expect(link).toHaveAccessibleName(new RegExp(`${heading.replace(/[&]/g, "\\$&")}$`));
      await expect(link).toBeVisible();
    }
    expect(await sectionLinkTargets(page)).toEqual(sections);
    // "On this page" leads to the same parts.
    const contents = await page.getByRole("navigation", { name: "On this page" }).getByRole("link").evaluateAll((all) =>
      all.map((a) => a.getAttribute("href")),
    );
    expect(contents).toEqual(sections.map((id) => `#${id}`));
  });
}

test("the industry page's parts have stable ids and section links", async ({ page }) => {
  await page.goto(`/industries/${industry.slug}`);
  const ids = await sectionLinkTargets(page);
  expect(ids).toEqual([
    INDUSTRY_PAGE_FRAGMENTS.bigPicture,
    INDUSTRY_PAGE_FRAGMENTS.pathPatterns,
    INDUSTRY_PAGE_FRAGMENTS.roles,
    "terms",
    PAGE_HISTORY_FRAGMENT,
  ]);
  await expect(page.locator(`h3#${INDUSTRY_PAGE_FRAGMENTS.bigPicture}`)).toHaveText("The big picture");
  await expect(page.locator(`h3#${INDUSTRY_PAGE_FRAGMENTS.pathPatterns}`)).toHaveText("Common path patterns");
  await expect(page.locator(`section#${INDUSTRY_PAGE_FRAGMENTS.roles}`).getByRole("heading", { level: 2 })).toHaveText(
    "Roles in this industry",
  );
});

for (const width of [390, 1280]) {
  test(`arriving at ${CODER}#qualifications shows the Qualifications heading (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${CODER}#qualifications`);
    const heading = page.getByRole("heading", { level: 2, name: "Qualifications and routes in" });
    await expect(heading).toBeVisible();
    await expect(heading).toBeInViewport();
    // The heading is at the top, with a little room above it, not tucked under the window's edge.
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(200);
  });
}

test("with the clipboard allowed, a click copies the section's full address and says so", async ({ page, context, baseURL }) => {
  // 12 s on a quiet two-core machine: axe, then the message's few seconds on screen.
  test.setTimeout(45_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(CODER);
  const section = page.locator("section#qualifications");
  await section.getByRole("link", { name: SECTION_LINK }).click();
  await expect(section.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${CODER}#qualifications`);
  await expect(page).toHaveURL(`${baseURL}${CODER}`);
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  // The message goes after a few seconds.
  await expect(section.getByRole("status")).toHaveText("", { timeout: 10_000 });
});

test("when the copy is refused, the link goes to its section instead", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) },
    });
  });
  await page.goto(CODER);
  await page.locator("section#skills").getByRole("link", { name: SECTION_LINK }).click();
  await expect(page).toHaveURL(`${baseURL}${CODER}#skills`);
  await expect(page.getByRole("heading", { level: 2, name: "Skills and knowledge" })).toBeInViewport();
  await expect(page.getByText("Link copied")).toHaveCount(0);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the section link is a plain link that goes to its section", async ({ page, baseURL }) => {
    await page.goto(CODER);
    await page.locator("section#qualifications").getByRole("link", { name: SECTION_LINK }).click();
    await expect(page).toHaveURL(`${baseURL}${CODER}#qualifications`);
    await expect(page.getByRole("heading", { level: 2, name: "Qualifications and routes in" })).toBeInViewport();
  });
});

test.describe("printing a role page", () => {
  const coder = roles.find((role) => role.slug === "clinical-coder")!;
  const printUrl = `This page: ${DEFAULT_SITE_URL}${CODER}`;

  test("on screen, the print-only address line is hidden", async ({ page }) => {
    await page.goto(CODER);
    await expect(page.getByText(printUrl)).toBeHidden();
  });

  test("print hides the navigation, search, footer and section controls and shows the address, dates and updates", async ({
    page,
  }) => {
    await page.goto(CODER);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [
      page.getByRole("navigation", { name: "Main" }),
      page.getByRole("search", { name: "Site-wide" }),
      page.getByRole("navigation", { name: "Breadcrumb" }),
      page.getByRole("navigation", { name: "On this page" }),
      page.getByRole("contentinfo", { includeHidden: true }),
      page.locator(".skip-link"),
      page.locator("#compare"),
      page.locator("#other-roles"),
      page.getByRole("link", { name: /^Back to /, includeHidden: true }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const sectionLinks = page.getByRole("link", { name: SECTION_LINK, includeHidden: true });
    expect(await sectionLinks.count()).toBeGreaterThan(0);
    for (const link of await sectionLinks.all()) await expect(link).toBeHidden();

    await expect(page.getByRole("banner").getByRole("link", { name: SITE_NAME, exact: true })).toBeVisible();
    await expect(page.getByText(printUrl)).toBeVisible();
    const review = page.getByTestId("review-dates");
    await expect(review).toBeVisible();
    await expect(review).toContainText(`Last updated: ${formatDate(coder.changes[0]!.date)}.`);
    await expect(review).toContainText("Page last reviewed:");
    await expect(review).toContainText("Next review due:");
    await expect(review.locator("time").nth(1)).toHaveAttribute("datetime", coder.lastReviewed);
    // Every update to the page prints after the review dates; the link to its feed does not.
    const history = page.getByRole("region", { name: "All updates to this page" });
    await expect(history).toBeVisible();
    await expect(history.getByRole("listitem")).toHaveCount(coder.changes.length);
    await expect(history.getByRole("listitem").first()).toContainText(coder.changes[0]!.note);
    await expect(history.getByRole("link", { name: /feed reader/ })).toBeHidden();
    // Black on white, at a readable size.
    const body = await page.locator("body").evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: style.backgroundColor, size: parseFloat(style.fontSize) };
    });
    expect(body.color).toBe("rgb(0, 0, 0)");
    expect(body.background).toBe("rgb(255, 255, 255)");
    expect(body.size).toBeGreaterThanOrEqual(14); // 11pt is 14.67px
  });

  test("a role page prints to a PDF", async ({ page }) => {
    await page.goto(CODER);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
