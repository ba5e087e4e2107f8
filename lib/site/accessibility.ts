/**
 * How the site's accessibility is tested. The end-to-end tests (tests/e2e/support/axe.ts, accessibility.spec.ts,
 * keyboard.spec.ts) run with these values and the accessibility statement (app/accessibility/page.tsx) describes
 * the testing from them, so the statement cannot claim a test that the project does not run.
 */

/** The standard the site is tested against. */
export const WCAG_STANDARD = "WCAG 2.2 AA";

/** axe-core's rule tags: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's own best practices. */
export const AXE_TAGS: readonly string[] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The axe-core release the checks use (major.minor); a unit test keeps it in step with the installed one. */
export const AXE_VERSION = "4.14";

/** Window widths, in CSS pixels, at which every page is checked with axe: a phone and a laptop. */
export const AXE_WIDTHS: readonly number[] = [390, 1280];

/** WCAG 1.4.10 Reflow: content fits 320 CSS pixels wide (a 1280 px window at 400% zoom) with no sideways scrolling. */
export const REFLOW_VIEWPORT = { width: 320, height: 640 } as const;

/** WCAG 1.4.4 Resize text: text at this size, at these window widths, loses nothing. */
export const TEXT_RESIZE_PERCENT = 200;
export const TEXT_RESIZE_WIDTHS: readonly number[] = [1280, 320];

/** WCAG 2.5.8 Target size (minimum): controls are at least this many CSS pixels wide and high. */
export const MIN_TARGET_SIZE = 24;

/** The accessibility statement's dates ("YYYY-MM-DD"): update them each time the site is retested. */
export const STATEMENT_DATES = {
  prepared: "2026-11-26",
  lastReviewed: "2026-11-26",
  lastTested: "2026-11-26",
} as const;
