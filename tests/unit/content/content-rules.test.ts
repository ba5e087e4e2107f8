import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { contentRedirects } from "@/lib/content/redirects";
import { runCheck } from "@/lib/content/report";
import { STATIC_PATHS } from "@/lib/shared/urls";
import { ANALYST, CODER, edit, INDUSTRY, load, problemsOf, published, TODAY, writeContent } from "../../support/content-fixture";

/*
 * The editors' rules beyond the schemas: review dates, titles, heading levels, links between pages, redirects
 * (that published addresses are kept: content-history.test.ts), and how the check reports. Line numbers count the review dates and the "First published."
 * note that the fixture adds before each file's closing --- (clinical-coder.md: lastReviewed on 8, nextReviewDue on
 * 9, changes on 10 to 12, body from 14; data-analyst.md: 6, 7, 8 to 10, body from 12; health.md: 12, 13, 14 to 16,
 * body on 18).
 */

/** Every page of the fixture's site, as the check lists them in a hint. */
const PAGES = [...STATIC_PATHS, "/industries/health", "/roles/clinical-coder", "/roles/data-analyst"].join(", ");

const reviewed = (last: string, next: string) =>
  edit(CODER, "---\n## What", `lastReviewed: ${last}\nnextReviewDue: ${next}\n---\n## What`);

const warningsOf = (changes: Record<string, string | null>) => {
  const result = load(changes);
  expect(result.content).toBeDefined();
  return result.problems.map(formatProblem);
};

describe("review dates", () => {
  it("rejects a next review due before the last review", () => {
    expect(problemsOf({ [CODER]: reviewed("2026-11-25", "2026-05-25") })).toEqual([
      "content/roles/clinical-coder.md:9: nextReviewDue: 2026-05-25 is before lastReviewed (2026-11-25) (the next review is due after the last one, for example six months later)",
    ]);
  });

  it("warns, without failing, when a review is overdue", () => {
    expect(warningsOf({ [CODER]: reviewed("2026-05-01", "2026-11-01") })).toEqual([
      "content/roles/clinical-coder.md:9: warning: nextReviewDue: review overdue since 1 November 2026 (check the page against its sources, then update lastReviewed and nextReviewDue)",
    ]);
  });

  it("is not overdue on the day it is due", () => {
    expect(warningsOf({ [CODER]: reviewed("2026-05-26", TODAY) })).toEqual([]);
  });

  it("rejects a date in another format and says which format to use", () => {
    expect(problemsOf({ [CODER]: reviewed("25/11/2026", "2027-05-25") })).toEqual([
      "content/roles/clinical-coder.md:8: lastReviewed: expected a date in the form YYYY-MM-DD, for example 2026-11-25",
    ]);
  });

  it("rejects a day that does not exist, quoted or not", () => {
    expect(problemsOf({ [CODER]: reviewed("2026-02-30", "2027-05-25") })).toEqual([
      "content/roles/clinical-coder.md:8: lastReviewed: 2026-02-30 is not a real date (check the day and the month)",
    ]);
    expect(problemsOf({ [CODER]: reviewed('"2026-02-30"', "2027-05-25") })).toEqual([
      "content/roles/clinical-coder.md:8: lastReviewed: expected a date in the form YYYY-MM-DD, for example 2026-11-25",
    ]);
  });

  it("accepts a quoted date and passes dates on as YYYY-MM-DD", () => {
    const result = load({ [CODER]: reviewed('"2026-11-20"', "2027-05-20") });
    expect(result.problems).toEqual([]);
    const coder = result.content?.roles.find((role) => role.slug === "clinical-coder");
    expect([coder?.lastReviewed, coder?.nextReviewDue]).toEqual(["2026-11-20", "2027-05-20"]);
  });

  it("requires both dates on every page", () => {
    const noDates = edit(ANALYST, "---\n## What", "lastReviewed: 2026-11-25\n---\n## What");
    expect(problemsOf({ [ANALYST]: noDates })).toEqual([
      'content/roles/data-analyst.md:1: nextReviewDue: expected a date in the form YYYY-MM-DD, for example 2026-11-25 (the field is missing: add a line "nextReviewDue: ...")',
    ]);
  });
});

describe("titles and headings", () => {
  it("rejects two pages with the same title, naming both files", () => {
    expect(problemsOf({ [ANALYST]: edit(ANALYST, "title: Data Analyst", "title: clinical coder") })).toEqual([
      'content/roles/data-analyst.md:2: title: duplicate title "clinical coder": content/roles/clinical-coder.md uses it too (every page needs its own title, so readers can tell pages apart)',
    ]);
  });

  it("rejects a heading that skips a level in an industry body", () => {
    const body = "Health informatics roles are growing.";
    expect(problemsOf({ [INDUSTRY]: edit(INDUSTRY, body, `${body}\n\n##### Detail\n\nMore.`) })).toEqual([
      'content/industries/health.md:20: body: heading "Detail" skips a level (use #### for a sub-heading here)',
    ]);
  });

  it("accepts #### under an industry's big picture", () => {
    const body = "Health informatics roles are growing.";
    expect(load({ [INDUSTRY]: edit(INDUSTRY, body, `${body}\n\n#### Detail\n\nMore.`) }).problems).toEqual([]);
  });
});

describe("links to pages of the site", () => {
  const linking = (markdown: string) =>
    edit(CODER, "Reviewing medical notes and assigning codes.", markdown);

  it("rejects a link to a page that does not exist and suggests the nearest", () => {
    expect(problemsOf({ [CODER]: linking("See [analysts](/roles/data-analist).") })).toEqual([
      "content/roles/clinical-coder.md:16: body: link to /roles/data-analist, a page this site does not have (did you mean /roles/data-analyst?)",
    ]);
  });

  it("rejects an absolute link to the site's own address that leads nowhere", () => {
    expect(
      problemsOf({ [CODER]: linking("See [nurses](https://careers.example.org/roles/nurse).") }, {
        siteUrl: new URL("https://careers.example.org"),
      }),
    ).toEqual([
      `content/roles/clinical-coder.md:16: body: link to /roles/nurse, a page this site does not have (pages are ${PAGES})`,
    ]);
  });

  it("rejects a link to a part of a role page that does not exist", () => {
    expect(problemsOf({ [CODER]: linking("See [pay](/roles/data-analyst#salary).") })).toEqual([
      "content/roles/clinical-coder.md:16: body: link to #salary, which is not a part of a role page (use one of #work, #workplaces, #skills, #qualifications, #specialisms, #impact, #outlook, #paths-in, #compare, #other-roles, #main-content)",
    ]);
  });

  it("rejects a link to a part of an industry page that does not exist", () => {
    expect(problemsOf({ [CODER]: linking("See [paths](/industries/health#paths).") })).toEqual([
      "content/roles/clinical-coder.md:16: body: link to #paths, which is not a part of an industry page (use one of #big-picture, #path-patterns, #roles, #main-content)",
    ]);
  });

  it("checks reference-style and relative links too", () => {
    expect(problemsOf({ [CODER]: linking("See [analysts][a] and [b](nurse).\n\n[a]: /roles/analyst") })).toEqual([
      `content/roles/clinical-coder.md:16: body: link to /roles/nurse, a page this site does not have (pages are ${PAGES})`,
      `content/roles/clinical-coder.md:18: body: link to /roles/analyst, a page this site does not have (pages are ${PAGES})`,
    ]);
  });

  it("accepts links to existing pages and parts, and to other sites", () => {
    const ok = linking(
      "See [the industry](/industries/health#path-patterns), [analysts](../roles/data-analyst#skills), [home](/) and [the NHS](https://www.nhs.uk/).",
    );
    expect(load({ [CODER]: ok }).problems).toEqual([]);
  });

  it("warns about a link to a page's old address and gives the new one", () => {
    const renamed = edit(ANALYST, "slug: data-analyst", "slug: data-analyst\nredirectFrom:\n  - analyst");
    expect(warningsOf({ [ANALYST]: renamed, [CODER]: linking("See [analysts](/roles/analyst).") })).toEqual([
      "content/roles/clinical-coder.md:16: warning: body: link to /roles/analyst, an old address (link to /roles/data-analyst instead)",
    ]);
  });
});

describe("addresses never break", () => {
  const redirecting = (file: string, slugs: string[]) =>
    edit(file, `slug: ${file === CODER ? "clinical-coder" : "data-analyst"}`, `slug: ${file === CODER ? "clinical-coder" : "data-analyst"}\nredirectFrom:\n${slugs.map((s) => `  - ${s}`).join("\n")}`);

  it("rejects an old slug that a live page uses", () => {
    expect(problemsOf({ [ANALYST]: redirecting(ANALYST, ["clinical-coder"]) })).toEqual([
      'content/roles/data-analyst.md:5: redirectFrom.0: "clinical-coder" is the slug of a live page (content/roles/clinical-coder.md), so /roles/clinical-coder cannot redirect here (an old slug can only redirect once no page uses it)',
    ]);
  });

  it("rejects a page's own slug as an old slug", () => {
    expect(problemsOf({ [ANALYST]: redirecting(ANALYST, ["data-analyst"]) })).toEqual([
      'content/roles/data-analyst.md:5: redirectFrom.0: "data-analyst" is this page\'s own slug (remove it)',
    ]);
  });

  it("rejects one old address redirecting to two pages", () => {
    expect(
      problemsOf({ [CODER]: redirecting(CODER, ["coder"]), [ANALYST]: redirecting(ANALYST, ["analyst", "coder"]) }),
    ).toEqual([
      "content/roles/data-analyst.md:6: redirectFrom.1: /roles/coder already redirects to content/roles/clinical-coder.md (an old address can redirect to one page only)",
    ]);
  });

  // The site's own pages live beside the content pages: /roles/a-z/r is the A to Z of roles, and
  // /roles/opengraph-image and /industries/opengraph-image are the link-preview cards of /roles and /industries.
  it("rejects a role slug that is the address of the roles A to Z, naming the file, line, field and fix", () => {
    const aToZ = {
      [ANALYST]: null,
      "roles/a-z.md": edit(ANALYST, "slug: data-analyst", "slug: a-z"),
      [INDUSTRY]: edit(INDUSTRY, "  - data-analyst\n", "  - a-z\n"),
    };
    expect(problemsOf(aToZ)).toEqual([
      'content/roles/a-z.md:3: slug: "a-z" is reserved: /roles/a-z/… is the A to Z of all roles (choose another slug for this role, such as "a-z-role", and rename the file to match)',
    ]);
  });

  it("rejects a reserved slug as an old slug too", () => {
    expect(problemsOf({ [ANALYST]: redirecting(ANALYST, ["analyst", "a-z"]) })).toEqual([
      'content/roles/data-analyst.md:6: redirectFrom.1: "a-z" is reserved: /roles/a-z/… is the A to Z of all roles (remove it: no page ever had this address)',
    ]);
  });

  it("rejects the slugs of the link-preview images of /roles and /industries", () => {
    const preview = {
      [INDUSTRY]: null,
      "industries/opengraph-image.md": edit(INDUSTRY, "slug: health", "slug: opengraph-image"),
      [CODER]: edit(CODER, "industry: health", "industry: opengraph-image"),
      [ANALYST]: edit(ANALYST, "industry: health", "industry: opengraph-image"),
    };
    expect(problemsOf(preview)).toEqual([
      'content/industries/opengraph-image.md:3: slug: "opengraph-image" is reserved: /industries/opengraph-image is the link-preview image of /industries (choose another slug for this industry, such as "opengraph-image-industry", and rename the file to match)',
    ]);
  });

  it("accepts a renamed page whose old slug redirects, and redirects it and its feed permanently", () => {
    const renamed = {
      [CODER]: null,
      "roles/clinical-coding-officer.md": edit(CODER, "slug: clinical-coder", "slug: clinical-coding-officer\nredirectFrom:\n  - clinical-coder"),
      [INDUSTRY]: edit(INDUSTRY, "  - clinical-coder\n  - data", "  - clinical-coding-officer\n  - data").replace(
        "to: clinical-coder",
        "to: clinical-coding-officer",
      ),
    };
    expect(load(renamed).problems.map(formatProblem)).toEqual([]);
    expect(contentRedirects(writeContent(renamed).contentDir)).toEqual([
      { source: "/roles/clinical-coder", destination: "/roles/clinical-coding-officer", permanent: true },
      { source: "/roles/clinical-coder/updates.atom", destination: "/roles/clinical-coding-officer/updates.atom", permanent: true },
    ]);
  });
});

describe("the check command's report", () => {
  const run = (args: string[], changes: Record<string, string | null> = {}) => {
    const { root, contentDir } = published(changes);
    return runCheck(args, contentDir, root, { today: TODAY }, {});
  };
  const broken = { [CODER]: edit(CODER, "summary: A Clinical Coder turns health records into codes.", 'summary: ""') };
  const overdue = { [CODER]: reviewed("2026-05-01", "2026-11-01") };

  it("prints each problem, then a summary, and exits 1 on an error", () => {
    expect(run([], broken)).toEqual({
      output:
        "content/roles/clinical-coder.md:5: summary: expected a non-empty string\nContent check: 3 files checked, 1 error, 0 warnings.\n",
      exitCode: 1,
    });
  });

  it("passes with warnings, and fails on them with --strict", () => {
    expect(run([], overdue).exitCode).toBe(0);
    const strict = run(["--strict"], overdue);
    expect(strict.exitCode).toBe(1);
    expect(strict.output).toContain("Content check: 3 files checked, 0 errors, 1 warning (strict: warnings fail).");
  });

  it("prints GitHub annotations on the problem's line with --format=github", () => {
    const overdueAnalyst = edit(ANALYST, "---\n## What", "lastReviewed: 2026-05-01\nnextReviewDue: 2026-11-01\n---\n## What");
    const lines = run(["--format=github"], { ...broken, [ANALYST]: overdueAnalyst }).output.split("\n");
    expect(lines).toContain(
      "::error file=content/roles/clinical-coder.md,line=5,title=Content check%3A summary::summary: expected a non-empty string",
    );
    expect(lines).toContain(
      "::warning file=content/roles/data-analyst.md,line=7,title=Content check%3A nextReviewDue::nextReviewDue: review overdue since 1 November 2026 (check the page against its sources, then update lastReviewed and nextReviewDue)",
    );
  });

  it("prints one JSON document with --format=json", () => {
    const report = JSON.parse(run(["--format=json"], broken).output);
    expect(report).toMatchObject({ files: 3, errors: 1, warnings: 0, ok: false });
    expect(report.problems).toEqual([
      { file: "content/roles/clinical-coder.md", line: 5, field: "summary", message: "expected a non-empty string" },
    ]);
  });

  it("exits 0 with an all-clear summary on valid content", () => {
    expect(run([])).toEqual({ output: "Content check: 3 files checked, 0 errors, 0 warnings.\n", exitCode: 0 });
  });

  it("refuses an unknown option with exit code 2", () => {
    expect(run(["--fromat=json"]).exitCode).toBe(2);
  });
});
