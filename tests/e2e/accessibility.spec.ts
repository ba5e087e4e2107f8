import { expect, test, type Page } from "@playwright/test";
import {
  AXE_WIDTHS,
  MIN_TARGET_SIZE,
  REFLOW_VIEWPORT,
  TEXT_RESIZE_PERCENT,
  TEXT_RESIZE_WIDTHS,
} from "../../lib/accessibility";
import { axeViolations } from "./axe";
import { DEFAULT_SITE_URL } from "./helpers";
import { pagesToCheck, sitemapPaths, type PageToCheck } from "./pages";

/*
 * WCAG 2.2 AA across the whole site: every URL in the running build's /sitemap.xml plus the pages it leaves out
 * (tests/e2e/pages.ts). Each test visits every page and reports every failure at once, naming the page.
 */

/** Visits each page, checking its status, and collects what `check` finds wrong there. */
async function onEveryPage(
  page: Page,
  pages: PageToCheck[],
  check: (path: string) => Promise<string[]>,
): Promise<string[]> {
  const failures: string[] = [];
  for (const { path, status } of pages) {
    const response = await page.goto(path);
    if (response?.status() !== status) failures.push(`${path}: answered ${response?.status()}, expected ${status}`);
    failures.push(...(await check(path)).map((problem) => `${path}: ${problem}`));
  }
  return failures;
}

/** How far the page scrolls sideways: 0 when it fits its window. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("the sitemap lists the accessibility statement, and every page's footer links to it", async ({ page, request }) => {
  expect(await sitemapPaths(request)).toContain("/accessibility");
  const failures = await onEveryPage(page, await pagesToCheck(request), async () => {
    const link = page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" });
    return (await link.count()) === 1 && (await link.getAttribute("href")) === "/accessibility"
      ? []
      : ["no footer link to /accessibility"];
  });
  expect(failures).toEqual([]);
});

for (const width of AXE_WIDTHS) {
  test(`every page has no axe violations (WCAG 2.0, 2.1, 2.2 A and AA, best practice) at ${width} px`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    expect(await onEveryPage(page, await pagesToCheck(request), () => axeViolations(page))).toEqual([]);
  });
}

test(`every page reflows to ${REFLOW_VIEWPORT.width} × ${REFLOW_VIEWPORT.height} px with no sideways scrolling (1.4.10)`, async ({
  page,
  request,
}) => {
  await page.setViewportSize(REFLOW_VIEWPORT);
  const failures = await onEveryPage(page, await pagesToCheck(request), async () => {
    const overflow = await sidewaysScroll(page);
    return overflow > 0 ? [`scrolls ${overflow} px sideways`] : [];
  });
  expect(failures).toEqual([]);
});

for (const width of TEXT_RESIZE_WIDTHS) {
  test(`text at ${TEXT_RESIZE_PERCENT}% at ${width} px: no sideways scrolling, nothing cut off, headings and text on screen (1.4.4)`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    const failures = await onEveryPage(page, await pagesToCheck(request), async () => {
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("main p, main li")!).fontSize));
      // The stylesheet sizes text in rem, so the root font size scales all of it, as a browser's text size setting does.
      await page.evaluate((percent) => {
        document.documentElement.style.fontSize = `${percent}%`;
      }, TEXT_RESIZE_PERCENT);
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("main p, main li")!).fontSize));
      const problems: string[] = [];
      if (after < (before * TEXT_RESIZE_PERCENT) / 100 - 0.5) problems.push(`text grew from ${before} px to only ${after} px`);
      const overflow = await sidewaysScroll(page);
      if (overflow > 0) problems.push(`scrolls ${overflow} px sideways`);
      problems.push(
        ...(await page.evaluate(() => {
          const found: string[] = [];
          const describe = (element: Element) =>
            `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> "${(element.textContent ?? "").trim().slice(0, 40)}"`;
          const width = document.documentElement.clientWidth;
          for (const element of document.querySelectorAll<HTMLElement>("body *")) {
            if (!element.textContent?.trim() || element.closest(".visually-hidden, .skip-link, script, style")) continue;
            const style = getComputedStyle(element);
            const clips = [style.overflowX, style.overflowY].some((value) => value === "hidden" || value === "clip");
            if (clips && (element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight)) {
              found.push(`${describe(element)} cuts off its text`);
            }
          }
          // Every heading and paragraph of the main content is shown and lies within the window's width
          // (but for text meant for screen readers or for paper only).
          // A closed <details> (the "Report a problem" form) hides its content until the reader opens it.
          for (const element of document.querySelectorAll<HTMLElement>("main :is(h1, h2, h3, h4, p, li)")) {
            if (element.closest(".visually-hidden, .print-only")) continue;
            if (element.closest("details:not([open])") && !element.closest("summary")) continue;
            const rect = element.getBoundingClientRect();
            if (!element.checkVisibility({ visibilityProperty: true }) || rect.width === 0 || rect.height === 0) {
              found.push(`${describe(element)} is not shown`);
            } else if (rect.left < -0.5 || rect.right > width + 0.5) {
              found.push(`${describe(element)} runs off the screen (${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
            }
          }
          return found;
        })),
      );
      return problems;
    });
    expect(failures).toEqual([]);
  });
}

test("every page has one h1, no skipped heading levels, landmarks around all content, and lang en-GB", async ({
  page,
  request,
}) => {
  const failures = await onEveryPage(page, await pagesToCheck(request), async () =>
    page.evaluate(() => {
      const problems: string[] = [];
      if (document.documentElement.lang !== "en-GB") problems.push(`lang is "${document.documentElement.lang}"`);

      const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => Number(heading.tagName[1]));
      const h1s = levels.filter((level) => level === 1).length;
      if (h1s !== 1) problems.push(`${h1s} h1 elements`);
      if (levels[0] !== 1) problems.push(`the first heading is an h${levels[0]}`);
      levels.forEach((level, index) => {
        if (index > 0 && level > levels[index - 1]! + 1) problems.push(`h${levels[index - 1]} is followed by h${level}`);
      });

      for (const [selector, role] of [
        ["body > header", "banner"],
        ["main", "main"],
        ["body > footer", "contentinfo"],
      ] as const) {
        const count = document.querySelectorAll(selector).length;
        if (count !== 1) problems.push(`${count} ${role} landmarks (${selector})`);
      }
      if (document.querySelectorAll("header nav[aria-label]").length === 0) problems.push("no labelled navigation in the header");

      // All text is inside a landmark; the skip link is the one exception, as the GOV.UK template has it.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!node.textContent?.trim() || parent.closest("script, style, template, next-route-announcer")) continue;
        if (!parent.checkVisibility()) continue;
        if (!parent.closest("header, main, footer, .skip-link")) {
          problems.push(`"${node.textContent.trim().slice(0, 40)}" is outside the landmarks`);
        }
      }
      return problems;
    }),
  );
  expect(failures).toEqual([]);
});

test("every link's purpose is clear: it has a name, no vague names, and one name never leads to two places (2.4.4)", async ({
  page,
  request,
}) => {
  const failures = await onEveryPage(page, await pagesToCheck(request), async () =>
    page.evaluate(() => {
      const problems: string[] = [];
      const hrefsByName = new Map<string, Set<string>>();
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
        if (!link.checkVisibility() && !link.classList.contains("skip-link")) continue;
        const name = (link.getAttribute("aria-label") ?? link.textContent ?? "").trim().replace(/\s+/g, " ");
        if (!name) problems.push(`a link to ${link.getAttribute("href")} has no name`);
        if (/^(click here|here|more|read more|link|this page)$/i.test(name)) problems.push(`a link is called "${name}"`);
        const href = new URL(link.href).href;
        hrefsByName.set(name, (hrefsByName.get(name) ?? new Set()).add(href));
      }
      for (const [name, hrefs] of hrefsByName) {
        if (hrefs.size > 1) problems.push(`links called "${name}" go to ${[...hrefs].join(" and ")}`);
      }
      return problems;
    }),
  );
  expect(failures).toEqual([]);
});

for (const width of AXE_WIDTHS) {
  test(`buttons, search boxes and tick boxes are at least ${MIN_TARGET_SIZE} × ${MIN_TARGET_SIZE} px at ${width} px (2.5.8)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    let controls = 0;
    const failures = await onEveryPage(page, await pagesToCheck(request), async () => {
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("button, input:not([type=hidden]), select, textarea, summary")]
          .filter((element) => element.checkVisibility())
          .map((element) => {
            const rect = element.getBoundingClientRect();
            const name = element.id || element.textContent?.trim() || element.getAttribute("name");
            return { control: `<${element.tagName.toLowerCase()}> ${name}`, width: rect.width, height: rect.height };
          }),
      );
      controls += sizes.length;
      return sizes
        .filter((size) => size.width < 24 || size.height < 24)
        .map((size) => `${size.control} is ${Math.round(size.width)} × ${Math.round(size.height)} px`);
    });
    expect(failures).toEqual([]);
    // The header's search box and button are on every page, and /compare has tick boxes: the test saw them.
    expect(controls).toBeGreaterThan(0);
  });
}

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

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("every page shows its heading and content", async ({ page, request }) => {
    const failures = await onEveryPage(page, await pagesToCheck(request), async () => {
      const h1 = page.getByRole("heading", { level: 1 });
      return (await h1.count()) === 1 && (await h1.isVisible()) && (await page.locator("main p").count()) > 0
        ? []
        : ["no visible h1 and text"];
    });
    expect(failures).toEqual([]);
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
  await expect(page.locator("main h2:not(.contents__heading)")).toHaveText([
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
