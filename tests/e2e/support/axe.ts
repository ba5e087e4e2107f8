/**
 * The one axe-core configuration for the end-to-end tests: every spec that runs axe calls this helper, so the
 * tags, the rules and the way failures are reported are the same everywhere.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { AXE_TAGS } from "../../../lib/site/accessibility";

/** One of axe's findings (axe-core's `Result`, taken from the builder so no second package is imported). */
type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/**
 * Rules switched off, each with the reason beside it. A rule may be listed here only with a written reason,
 * and the reason must say why the page is still accessible without it. None are needed today.
 */
export const DISABLED_RULES: Readonly<Record<string, string>> = {};

/** An AxeBuilder for the page with the project's tags (WCAG 2.0, 2.1, 2.2 A and AA, best practice). */
export function axe(page: Page): AxeBuilder {
  const builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  const disabled = Object.keys(DISABLED_RULES);
  return disabled.length > 0 ? builder.disableRules(disabled) : builder;
}

/** One line per failing element: the rule, what it asks for, and where, so a failure says what to fix. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? "n/a"}): ${violation.help} at ${node.target.join(" ")}`,
    ),
  );
}

/** The page's axe violations, described; [] when there are none. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only the violations are needed: axe then skips describing every passing node (about a third of its time).
  const { violations } = await axe(page).options({ resultTypes: ["violations"] }).analyze();
  return describeViolations(violations);
}

/** Fails with every violation listed when axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label: string = page.url()): Promise<void> {
  expect(await axeViolations(page), label).toEqual([]);
}
