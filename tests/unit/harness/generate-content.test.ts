import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planContent } from "@/scripts/harness/content-plan";
import { generateContent } from "@/scripts/harness/generate-content";
import { loadContent } from "@/lib/content/load";
import { contentDir, projectRootOf } from "@/lib/content/paths";
import { formatProblem } from "@/lib/content/problems";
import { runCheck } from "@/lib/content/report";

/**
 * The generator the benchmarks and the scale tests build the site from must stay valid as the content schema and
 * the content check grow: what the build would refuse, the benchmarks could not measure.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), "careers-generated-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Checking 1,000 roles takes about a second, and several on a busy machine: room for that, not a time limit. */
const TIMEOUT = 30_000;
const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>());

describe.each([
  { industries: 3, roles: 40 },
  { industries: 30, roles: 1000 },
])("generated content: $industries industries, $roles roles", (size) => {
  // The way the site finds its content: CONTENT_DIR.
  const dir = contentDir({ CONTENT_DIR: path.join(work, `${size.industries}-${size.roles}`, "content") });
  const plan = generateContent(dir, size);
  let loaded: ReturnType<typeof loadContent> | undefined;
  const load = () => (loaded ??= loadContent(dir, projectRootOf(dir)));

  it("passes the content check, warnings included (what `CONTENT_DIR=… npm run content:check -- --strict` runs)", () => {
    const check = runCheck(["--strict"], dir, projectRootOf(dir));
    expect(check.output).toBe(
      `Content check: ${size.industries + size.roles} files checked, 0 errors, 0 warnings (strict: warnings fail).\n`,
    );
    expect(check.exitCode).toBe(0);
  }, TIMEOUT);

  it("loads as the plan says: every industry and role, with their titles, slugs and industries", () => {
    const result = load();
    expect(result.problems.map(formatProblem)).toEqual([]);
    const content = result.content!;
    expect(content.industries.map(({ name, slug, summary, roles }) => ({ name, slug, summary, roles })).sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
      [...plan.industries].sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    expect(content.roles.map(({ title, slug, industry, summary }) => ({ title, slug, industry, summary })).sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
      plan.roles.map(({ title, slug, industry, summary }) => ({ title, slug, industry, summary })).sort((a, b) => a.slug.localeCompare(b.slug)),
    );
  }, TIMEOUT);

  it("has titles starting with every letter from A to Z, each role's letter being its title's first", () => {
    for (const role of plan.roles) expect(role.letter, role.title).toBe(role.title[0]!.toUpperCase());
    expect([...countBy(plan.roles, (role) => role.letter).keys()].sort()).toEqual(ALPHABET);
  });

  it('has "data" in every role\'s summary and in no industry\'s words, so a search for it finds exactly the roles', () => {
    for (const role of plan.roles) expect(role.summary).toMatch(/\bdata\b/);
    const content = load().content!;
    for (const industry of content.industries) {
      const words = [industry.name, industry.summary, industry.bigPictureHtml, ...industry.pathPatterns.flatMap((p) => [p.from, p.description])];
      expect(words.join(" "), industry.slug).not.toMatch(/\bdata/i);
    }
  }, TIMEOUT);
});

describe("the plan", () => {
  it("is the same every time", () => {
    expect(planContent({ industries: 30, roles: 1000 })).toEqual(planContent({ industries: 30, roles: 1000 }));
  });

  it("at 1,000 roles across 30 industries, has letters and industries of more than 50 roles, and some of far fewer", () => {
    const plan = planContent({ industries: 30, roles: 1000 });
    const letters = [...countBy(plan.roles, (role) => role.letter).values()];
    expect(Math.max(...letters)).toBeGreaterThan(100);
    expect(Math.min(...letters)).toBeLessThan(20);
    const industries = plan.industries.map((industry) => industry.roles.length);
    expect(industries.filter((count) => count > 50).length).toBeGreaterThan(0);
    expect(Math.min(...industries)).toBeLessThan(20);
    expect(new Set(plan.industries.map((industry) => industry.name)).size).toBe(30);
  });

  it("names more industries than its list of names by numbering them", () => {
    const plan = planContent({ industries: 40, roles: 1000 });
    expect(new Set(plan.industries.map((industry) => industry.slug)).size).toBe(40);
    expect(plan.industries[30]!.name).toBe(`${plan.industries[0]!.name} 2`);
  });

  it("refuses fewer roles than industries, since every industry lists at least one role", () => {
    expect(() => planContent({ industries: 3, roles: 2 })).toThrow(/at least the number of industries/);
  });
});
