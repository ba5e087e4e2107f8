/**
 * The checks every page of the guide gets (tests/e2e/site/every-page.spec.ts), each a function of a loaded page that
 * returns what it found wrong ([] when nothing), so a failure lists every problem on the page at once.
 */
import type { Page } from "@playwright/test";
import { TEXT_RESIZE_PERCENT } from "../../../lib/site/accessibility";
import { focusReport } from "./focus";

/** How far the page scrolls sideways: 0 when it fits its window. */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export async function fitsWidth(page: Page): Promise<string[]> {
  const overflow = await sidewaysScroll(page);
  return overflow > 0 ? [`scrolls ${overflow} px sideways`] : [];
}

/** The footer's support links: the accessibility statement, the privacy notice and the glossary, in that order. */
export async function footerLinks(page: Page): Promise<string[]> {
  const footer = page.getByRole("contentinfo");
  const names = await footer.getByRole("navigation", { name: "Support links" }).getByRole("link").allTextContents();
  const problems: string[] = [];
  for (const [name, href] of [
    ["Accessibility statement", "/accessibility"],
    ["Privacy", "/privacy"],
    ["Glossary", "/glossary"],
  ] as const) {
    const link = footer.getByRole("link", { name, exact: true });
    if ((await link.count()) !== 1 || (await link.getAttribute("href")) !== href) problems.push(`no footer link to ${href}`);
  }
  if (names.join("|") !== "Accessibility statement|Privacy|Glossary") problems.push(`support links are ${JSON.stringify(names)}`);
  return problems;
}

/** One h1, no skipped heading levels, landmarks around all content, lang en-GB. */
export function headingsAndLandmarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
  });
}

/** Every link has a name, no vague names, and one name never leads to two places (2.4.4). */
export function linkPurpose(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
  });
}

/** Buttons, search boxes, tick boxes and summaries at least 24 × 24 px (2.5.8), and how many there were. */
export async function targetSizes(page: Page): Promise<{ controls: number; problems: string[] }> {
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, input:not([type=hidden]), select, textarea, summary")]
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const rect = element.getBoundingClientRect();
        const name = element.id || element.textContent?.trim() || element.getAttribute("name");
        return { control: `<${element.tagName.toLowerCase()}> ${name}`, width: rect.width, height: rect.height };
      }),
  );
  return {
    controls: sizes.length,
    problems: sizes
      .filter((size) => size.width < 24 || size.height < 24)
      .map((size) => `${size.control} is ${Math.round(size.width)} × ${Math.round(size.height)} px`),
  };
}

/**
 * Presses Tab through the page from its start: every stop shows visible focus, in the viewport and not covered
 * (2.4.7, 2.4.11), and every visible link, button and field is a stop (2.1.1). Focus is moved to the document's
 * start first and taken off the page at the end, so checks before and after see the page as it loaded.
 */
export async function keyboardWalk(page: Page): Promise<string[]> {
  const problems: string[] = [];
  // With reduced motion the page scrolls to each stop at once, so focusReport need not wait for a smooth scroll
  // to end (about 80 ms a stop); where focus ends up, and what it looks like there, is the same.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  let first: string | undefined;
  for (let stop = 1; stop <= 250; stop++) {
    await page.keyboard.press("Tab");
    const report = await focusReport(page, { mark: true });
    // Past the last element focus leaves the page (or wraps round to the first): the page is done.
    if (report.none) break;
    if (stop === 1) first = report.element;
    else if (report.element === first) break;
    const found = [
      report.focusVisible ? "" : "not :focus-visible",
      report.indicator.length > 0 ? "" : "no focus indicator",
      report.inViewport ? "" : "not in the viewport",
      report.obscured ? "covered by other content" : "",
    ].filter(Boolean);
    if (found.length > 0) problems.push(`Tab ${stop}: ${report.element}: ${found.join(", ")}`);
  }
  const unreached = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]")]
      .filter((element) => element.tabIndex >= 0 && element.checkVisibility() && !element.hasAttribute("data-reached-by-tab"))
      .map((element) => `<${element.tagName.toLowerCase()}> ${element.getAttribute("href") ?? element.id}`),
  );
  problems.push(...unreached.map((element) => `${element} is never reached with Tab`));
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const element of document.querySelectorAll("[data-reached-by-tab]")) element.removeAttribute("data-reached-by-tab");
    window.scrollTo(0, 0);
  });
  await page.emulateMedia({ reducedMotion: null });
  return problems;
}

/**
 * Text at TEXT_RESIZE_PERCENT (1.4.4): the text grows, nothing scrolls sideways, nothing cuts its text off, and every
 * heading and paragraph of the main content is shown within the window's width. It changes the root font size as a
 * browser's text size setting does (the stylesheet sizes text in rem), and puts it back afterwards.
 */
export async function textResize(page: Page): Promise<string[]> {
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("main p, main li")!).fontSize));
  const before = await fontSize();
  await page.evaluate((percent) => {
    document.documentElement.style.fontSize = `${percent}%`;
  }, TEXT_RESIZE_PERCENT);
  const after = await fontSize();
  const problems: string[] = [];
  if (after < (before * TEXT_RESIZE_PERCENT) / 100 - 0.5) problems.push(`text grew from ${before} px to only ${after} px`);
  problems.push(...(await fitsWidth(page)));
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
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "";
  });
  return problems;
}
