/**
 * Time limits for the per-page tests (every-page.spec.ts), each at least three times the slowest time that test
 * took on a quiet two-core machine (measured by .ci/slowest.mjs over a whole `.ci/run`), so a busy or slower
 * machine makes a test slower, never red. The end of every CI run prints the ten slowest tests beside their limits.
 */
// Slowest on a quiet two-core machine (a whole `.ci/run`, two workers): quick checks and single addresses 3.7 s,
// axe 5.3 s, a page's head links 5.5 s, a keyboard walk 10.6 s (a role page at 1280 px).
export const LIMITS = {
  /** Opening a page in a fresh browser context and waiting for its network to go quiet. */
  load: 30_000,
  /** A check that reads the loaded page (one or a few round trips to the browser). */
  quick: 15_000,
  /** axe-core's WCAG 2.2 A and AA and best-practice rules on one page. */
  axe: 30_000,
  /** Tabbing through every link, button and field of one page, checking focus at each stop. */
  keyboard: 60_000,
  /** Opening one address (a feed, an image, a JSON file) in a fresh context, watching its console. */
  open: 15_000,
  /** Opening the few addresses one page links from its head, one after another. */
  openSeveral: 30_000,
} as const;
