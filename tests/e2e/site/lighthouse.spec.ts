import { expect, test } from "@playwright/test";
import { runLighthouse, type Category } from "../../../scripts/harness/lighthouse-audit";
import { siteContent } from "../support/helpers";

/*
 * Lighthouse (mobile) on the home page, an industry page and a role page: accessibility, best practices and SEO
 * must score 100. Those are checks of the pages, not timings. Performance is a timing, and a busy machine moves
 * it: `npm run bench:lighthouse` measures it, no test does.
 */
const CHECKED: readonly Category[] = ["accessibility", "best-practices", "seo"];

const { industries, roles } = siteContent();
const pages = [
  { name: "the home page", path: "/" },
  { name: "an industry page", path: `/industries/${industries[0]!.slug}` },
  { name: "a role page", path: `/roles/${roles[0]!.slug}` },
];

for (const { name, path } of pages) {
  test(`Lighthouse scores ${CHECKED.join(", ")} 100 on ${name}`, async ({ baseURL }) => {
    // Up to 20 s on a quiet two-core machine.
    test.setTimeout(90_000);
    const [audit] = await runLighthouse([new URL(path, baseURL).href], CHECKED);
    const low = CHECKED.filter((category) => audit!.scores[category] !== 100).map(
      (category) => `${category}: ${audit!.scores[category]}`,
    );
    expect([...low, ...audit!.failing]).toEqual([]);
  });
}
