import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import {
  ANALYST,
  CODER,
  edit,
  INDUSTRY,
  load,
  problemsOf,
} from "../../support/content-fixture";

/*
 * The fixture itself, and how problems are reported: all together, several to a file, every file counted. The
 * content set and its helpers: tests/support/content-fixture.ts.
 */

describe("the test fixture", () => {
  it("loads the minimal valid set with no problems", () => {
    const result = load();
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.files).toBe(3);
    expect(result.content?.industries.map((industry) => industry.file)).toEqual(["content/industries/health.md"]);
    expect(result.content?.roles.map((role) => role.file)).toEqual([
      "content/roles/clinical-coder.md",
      "content/roles/data-analyst.md",
    ]);
  });
});

describe("reporting", () => {
  it("reports every problem in every file together, not only the first", () => {
    const problems = problemsOf({
      [INDUSTRY]: edit(INDUSTRY, "    to: clinical-coder", "    to: nurse"),
      [CODER]: edit(CODER, "summary: A Clinical", "sumary: A Clinical"),
      [ANALYST]: edit(ANALYST, "## What the work involves", "# Data Analyst\n\n## What the work involves"),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/industries\/health\.md:7: pathPatterns\.0\.to: no role "nurse" among this industry's roles/),
        'content/roles/clinical-coder.md:1: summary: expected a non-empty string (the field is missing: add a line "summary: ...")',
        "content/roles/clinical-coder.md:5: sumary: unknown field (did you mean `summary`?)",
        expect.stringMatching(/^content\/roles\/data-analyst\.md:12: body: unexpected level-1 heading "Data Analyst"/),
      ]),
    );
  });

  it("reports several problems in one file", () => {
    expect(problemsOf({ [ANALYST]: edit(ANALYST, "title: Data Analyst\nslug: data-analyst", "title:\nslug: Data Analyst") })).toEqual([
      "content/roles/data-analyst.md:2: title: expected a non-empty string",
      "content/roles/data-analyst.md:3: slug: expected a slug: lowercase words joined by hyphens, for example clinical-coder",
    ]);
  });

  it("counts every file it read, including invalid ones", () => {
    const result = load({ [CODER]: "no front matter\n", "roles/extra.md": "also none\n" });
    expect(result.content).toBeUndefined();
    expect(result.files).toBe(4);
  });
});
