/**
 * Checks for keyboard focus (WCAG 2.4.7 Focus visible, 2.4.11 Focus not obscured). The focus indicator is found
 * by comparing the focused element's computed style with its style when it is not focused.
 */
import { expect, type Page } from "@playwright/test";

export interface FocusReport {
  /** What has focus, for messages: tag, id or href, and its text. */
  element: string;
  /** The properties whose change makes focus visible, e.g. ["background-color", "box-shadow"]; [] when none. */
  indicator: string[];
  /** The element matches :focus-visible (the browser treats the focus as coming from the keyboard). */
  focusVisible: boolean;
  /** The element is wholly inside the viewport. */
  inViewport: boolean;
  /** Something else is drawn on top of the element's centre (2.4.11). */
  obscured: boolean;
  /** Nothing but the document's body has focus. */
  none: boolean;
}

/**
 * Describes the focused element: waits for any scrolling that focus started to finish, reads the element's
 * computed style, blurs it, reads the style again and focuses it again (without scrolling), so the caller's
 * sequential focus position is unchanged. With `mark`, the element gets a `data-reached-by-tab` attribute.
 */
export async function focusReport(page: Page, { mark = false } = {}): Promise<FocusReport> {
  return page.evaluate(async (mark) => {
    // Focus scrolls the element into view, smoothly where the stylesheet asks for it: wait until the page has
    // not moved for five frames in a row (about 80 ms), for at most about two seconds. Where scrolling is instant
    // (the reader asked for reduced motion) the scroll is over when focus moves: one frame is enough.
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const smooth = getComputedStyle(document.documentElement).scrollBehavior === "smooth";
    for (let frame = 0, still = 0, lastY = window.scrollY; frame < 120 && still < (smooth ? 5 : 1); frame++) {
      await nextFrame();
      still = window.scrollY === lastY ? still + 1 : 0;
      lastY = window.scrollY;
    }
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) {
      return { element: "body", indicator: [], focusVisible: false, inViewport: false, obscured: false, none: true };
    }
    const properties = [
      "outline-style",
      "outline-width",
      "outline-color",
      "box-shadow",
      "background-color",
      "border-top-color",
      "border-bottom-color",
      "color",
    ] as const;
    const read = () => {
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)])) as Record<
        (typeof properties)[number],
        string
      >;
    };
    const transparent = (colour: string) => colour === "transparent" || /rgba\(.*,\s*0\)$/.test(colour);

    const focused = read();
    const focusVisible = element.matches(":focus-visible");
    element.blur();
    const blurred = read();
    element.focus({ preventScroll: true });

    const indicator: string[] = [];
    const outline = (style: typeof focused) =>
      style["outline-style"] !== "none" && parseFloat(style["outline-width"]) >= 1 && !transparent(style["outline-color"]);
    if (outline(focused) && (!outline(blurred) || focused["outline-color"] !== blurred["outline-color"])) {
      indicator.push("outline");
    }
    if (focused["box-shadow"] !== "none" && focused["box-shadow"] !== blurred["box-shadow"]) indicator.push("box-shadow");
    if (!transparent(focused["background-color"]) && focused["background-color"] !== blurred["background-color"]) {
      indicator.push("background-color");
    }

    const rect = element.getBoundingClientRect();
    const inViewport =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.top >= -0.5 &&
      rect.left >= -0.5 &&
      rect.bottom <= window.innerHeight + 0.5 &&
      rect.right <= document.documentElement.clientWidth + 0.5;
    // A link that wraps onto two lines has a bounding box with other text inside it: look at its first line box.
    const box = [...element.getClientRects()].find((each) => each.width > 0 && each.height > 0) ?? rect;
    const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    // The element (or its own content) is what is drawn there; anything else, even an ancestor's pseudo-element
    // (which hit-testing reports as the ancestor), covers it.
    const obscured = topmost === null || !(topmost === element || element.contains(topmost));

    if (mark) element.setAttribute("data-reached-by-tab", "");
    const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
    const where = element.getAttribute("href") ?? (element.id ? `#${element.id}` : "");
    return {
      element: `<${element.tagName.toLowerCase()}> ${where} "${name}"`,
      indicator,
      focusVisible,
      inViewport,
      obscured,
      none: false,
    };
  }, mark);
}

/** Asserts that the focused element shows a focus indicator, is on screen and is not covered. */
export async function expectVisibleFocus(page: Page, context = ""): Promise<FocusReport> {
  const report = await focusReport(page);
  const label = `${context} ${report.element}`.trim();
  expect(report.none, `${context}: something has focus`).toBe(false);
  expect(report.focusVisible, `${label} matches :focus-visible`).toBe(true);
  expect(report.indicator, `${label} has a focus indicator (outline, box-shadow or background)`).not.toEqual([]);
  expect(report.inViewport, `${label} is in the viewport`).toBe(true);
  expect(report.obscured, `${label} is not covered by other content`).toBe(false);
  return report;
}
