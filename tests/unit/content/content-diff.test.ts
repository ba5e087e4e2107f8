import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderSummary, runDiff } from "@/lib/content/diff";
import { escapeMarkdown } from "@/lib/content/diff-words";
import type { NoBase, PublishedFiles } from "@/lib/content/git";
import {
  ANALYST,
  change,
  CODER,
  commit,
  edit,
  FIRST,
  INDUSTRY,
  lines,
  published,
  reworded,
  TODAY,
  VALID,
  withNotes,
  withRequiredFields,
} from "../../support/content-fixture";

/*
 * `npm run content:diff` (lib/content/diff.ts): what readers will see change, per page, against the published
 * version. renderSummary is a pure function of (published files, current files), so most tests give it the
 * fixture's texts directly; the last ones run it against real temporary git repositories, as the CLI does.
 */

/** The fixture's set with `changes` applied (null leaves a file out), by path from the project root. */
function files(changes: Record<string, string | null> = {}): Map<string, string> {
  const all = Object.entries({ ...VALID, ...changes }).filter((entry): entry is [string, string] => entry[1] !== null);
  return new Map(all.map(([file, text]) => [`content/${file}`, withRequiredFields(text)]));
}

const BASE = "origin/main at 1a2b3c4";
const publishedSet = (changes: Record<string, string | null> = {}): PublishedFiles => ({ base: BASE, files: files(changes) });
const summaryOf = (changes: Record<string, string | null>) => renderSummary(publishedSet(), files(changes));

const noted = withNotes(reworded, [TODAY, "Added accuracy to the skills."], FIRST);
const renamedCoder = edit(CODER, "slug: clinical-coder", "slug: clinical-coding-officer\nredirectFrom:\n  - clinical-coder");
const industryWithRename = edit(INDUSTRY, "  - clinical-coder\n  - data", "  - clinical-coding-officer\n  - data").replace(
  "to: clinical-coder",
  "to: clinical-coding-officer",
);

describe("content:diff names each changed page, its new entry and its changed words", () => {
  it("names the changed page, its note for readers and the changed words, and nothing else", () => {
    expect(summaryOf({ [CODER]: noted })).toBe(
      lines(
        "## What readers will see change",
        "",
        "Compared with origin/main at 1a2b3c4.",
        "",
        "### /roles/clinical-coder (content/roles/clinical-coder.md)",
        "",
        'New entry, 26 November 2026: "Added accuracy to the skills." (shown to readers)',
        "",
        "- Skills: Attention to detail **and accuracy**",
      ),
    );
  });

  it("labels a minor entry as not shown to readers, with its note for reviewers", () => {
    const minor = withNotes(edit(CODER, "turns health records", "turns health-records"), [TODAY, "minor"], FIRST);
    const output = summaryOf({ [CODER]: minor });
    expect(output).toContain("Minor update, 26 November 2026 (not shown to readers)");
    expect(output).toContain("- Summary: A Clinical Coder turns health<strong>-</strong>records into codes.");
    const forReviewers = minor.replace("minor: true", "minor: true\n    note: Hyphen.");
    expect(summaryOf({ [CODER]: forReviewers })).toContain('Minor update, 26 November 2026 (not shown to readers; for reviewers: "Hyphen.")');
  });

  it("shows the body's words with a few words of context, not the whole paragraph", () => {
    const long = "Reviewing medical notes and assigning codes.";
    const paragraph = `${long} Then checking them against the discharge summary, the clinic letters and the theatre notes, every day, in every ward of the trust.`;
    const before = edit(CODER, long, paragraph);
    const after = withNotes(edit(CODER, long, paragraph.replace("clinic letters", "outpatient letters")), [TODAY, "Clarified."], FIRST);
    const output = renderSummary(publishedSet({ [CODER]: before }), files({ [CODER]: after }));
    expect(output).toContain("- What the work involves: …against the discharge summary, the ~~clinic~~ **outpatient** letters and the theatre notes,…");
    expect(output).not.toContain("Reviewing medical notes");
  });

  it("says a page's words changed without a new entry, which the content check refuses", () => {
    const output = summaryOf({ [CODER]: reworded });
    expect(output).toContain("No new entry: the content check will ask for one.");
    expect(output).toContain("- Skills: Attention to detail **and accuracy**");
  });

  it("keeps a large change short: a capped number of passages per page, and how many more", () => {
    const body = Array.from({ length: 30 }, (_, index) => `Paragraph ${index} says something about coding number ${index}.`);
    const before = edit(CODER, "Reviewing medical notes and assigning codes.", body.join("\n\n"));
    const after = withNotes(edit(CODER, "Reviewing medical notes and assigning codes.", body.join("\n\n").replace(/coding/g, "auditing")), [TODAY, "Reworded."], FIRST);
    const output = renderSummary(publishedSet({ [CODER]: before }), files({ [CODER]: after }));
    expect(output.match(/~~coding~~ \*\*auditing\*\*/g)).toHaveLength(10);
    expect(output).toContain("…and 20 more changed passages on this page.");
  });

  it("shortens a long rewritten passage and says how many more words it has", () => {
    const words = (word: string) => Array.from({ length: 60 }, (_, index) => `${word}${index}`).join(" ");
    const before = edit(CODER, "Reviewing medical notes and assigning codes.", words("old"));
    const after = withNotes(edit(CODER, "Reviewing medical notes and assigning codes.", words("new")), [TODAY, "Rewritten."], FIRST);
    const output = renderSummary(publishedSet({ [CODER]: before }), files({ [CODER]: after }));
    expect(output).toContain("(and 35 more words)");
    expect(output).not.toContain("old59");
  });

  it("lists a page whose history changed though its words did not, saying so", () => {
    const output = summaryOf({ [CODER]: withNotes(VALID[CODER]!, [TODAY, "minor"], FIRST) });
    expect(output).toContain("Minor update, 26 November 2026 (not shown to readers)");
    expect(output).toContain("The words readers see are unchanged.");
  });

  it("shows the first 50 changed pages in full and only names the others", () => {
    const role = (index: number) => edit(ANALYST, "slug: data-analyst", `slug: analyst-${index}`);
    const many = Object.fromEntries(Array.from({ length: 53 }, (_, index) => [`roles/analyst-${index + 10}.md`, role(index + 10)]));
    const output = summaryOf(many);
    expect(output.match(/^New page: Data Analyst\.$/gm)).toHaveLength(50);
    expect(output).toContain("…and 3 more changed pages: /roles/analyst-60, /roles/analyst-61, /roles/analyst-62.");
  });
});

describe("content:diff lists new, renamed and removed pages", () => {
  const newRole = lines(
    "---",
    "title: Coding Auditor",
    "slug: coding-auditor",
    "industry: health",
    "summary: A Coding Auditor checks coded records.",
    "---",
    "## What the work involves",
    "",
    "Auditing coded records.",
  );

  it("names a new page, its title and its first entry", () => {
    const output = summaryOf({ "roles/coding-auditor.md": newRole });
    expect(output).toContain("### /roles/coding-auditor (content/roles/coding-auditor.md)");
    expect(output).toContain("New page: Coding Auditor.");
    expect(output).toContain('New entry, 25 November 2026: "First published." (shown to readers)');
  });

  it("names a renamed page with its old and new address; the industry that lists it is unchanged", () => {
    const output = summaryOf({ [CODER]: null, "roles/clinical-coding-officer.md": renamedCoder, [INDUSTRY]: industryWithRename });
    expect(output).toContain("### /roles/clinical-coding-officer (content/roles/clinical-coding-officer.md)");
    expect(output).toContain("Renamed: /roles/clinical-coder → /roles/clinical-coding-officer (the old address redirects to the new one).");
    expect(output).toContain("The words readers see are unchanged.");
    expect(output).not.toContain("/industries/health");
  });

  it("names a removed page, whose address no page serves any more", () => {
    const output = summaryOf({ [ANALYST]: null });
    expect(output).toContain("### /roles/data-analyst (content/roles/data-analyst.md)");
    expect(output).toContain("Removed: no page serves /roles/data-analyst any more.");
  });

  it("names an industry whose path pattern changed, one line per pattern", () => {
    const industry = withNotes(edit(INDUSTRY, "Service roles teach care.", "Service roles teach patience."), [TODAY, "Reworded."], FIRST);
    expect(summaryOf({ [INDUSTRY]: industry })).toContain(
      "- Path pattern 1: …clinical-coder — Service roles teach ~~care~~ **patience**.",
    );
  });
});

describe("content:diff when nothing changed, and without a base", () => {
  it("says that no page's words changed, also after re-wrapping a paragraph", () => {
    const expected = lines("## What readers will see change", "", "Compared with origin/main at 1a2b3c4.", "", "No page's words changed.");
    expect(summaryOf({})).toBe(expected);
    expect(summaryOf({ [CODER]: edit(CODER, "notes and assigning", "notes\nand   assigning") })).toBe(expected);
  });

  it("says why there is no published version to compare with, and how to fetch it", () => {
    const missing: NoBase = { missing: "neither origin/main nor main is in this clone", fetch: "git fetch origin main", named: false };
    expect(renderSummary(missing, files())).toBe(
      lines(
        "## What readers will see change",
        "",
        "Cannot compare the pages with their published version: neither origin/main nor main is in this clone. Fetch it with `git fetch origin main`, or name it with --base=REV.",
      ),
    );
  });
});

describe("content:diff escapes markdown in the words themselves", () => {
  it("escapes emphasis, strikethrough, code, links and HTML", () => {
    expect(escapeMarkdown("*a* _b_ ~~c~~ `d` [e](f) <b> | & $x$ \\")).toBe(
      "\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\[e\\](f) \\<b\\> \\| \\& \\$x\\$ \\\\",
    );
  });

  it("so that a page's * or _ and a note's markdown cannot break the summary", () => {
    const changed = withNotes(
      edit(CODER, "turns health records into codes.", "turns *health* records into codes_and_more."),
      [TODAY, "Added *emphasis* and <b>bold</b>."],
      FIRST,
    );
    const output = summaryOf({ [CODER]: changed });
    expect(output).toContain('New entry, 26 November 2026: "Added \\*emphasis\\* and \\<b\\>bold\\</b\\>." (shown to readers)');
    expect(output).toContain("- Summary: A Clinical Coder turns <strong>\\*</strong>health<strong>\\*</strong> records into ~~codes~~ **codes\\_and\\_more**.");
  });
});

describe("npm run content:diff, against a real git repository", () => {
  it("names the changed page and the changed words against the merge base with origin/main, committed or not", () => {
    const folder = published();
    change(folder, { [CODER]: noted });
    const before = runDiff([], folder.contentDir, folder.root, {});
    expect(before.exitCode).toBe(0);
    expect(before.output).toMatch(/^Compared with origin\/main at [0-9a-f]{7}\.$/m);
    expect(before.output).toContain("### /roles/clinical-coder (content/roles/clinical-coder.md)");
    expect(before.output).toContain("- Skills: Attention to detail **and accuracy**");
    commit(folder);
    expect(runDiff([], folder.contentDir, folder.root, {}).output).toBe(before.output);
  });

  it("takes the base from --base=REV, else CONTENT_BASE, as the check does", () => {
    const folder = published();
    change(folder, { [CODER]: noted });
    commit(folder);
    expect(runDiff(["--base=HEAD"], folder.contentDir, folder.root, {}).output).toContain("No page's words changed.");
    expect(runDiff([], folder.contentDir, folder.root, { CONTENT_BASE: "HEAD" }).output).toContain("No page's words changed.");
    expect(runDiff(["--base=main"], folder.contentDir, folder.root, { CONTENT_BASE: "HEAD" }).output).toContain("**and accuracy**");
  });

  it("exits 0 without a base, saying why (the content check is the one that fails)", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "careers-no-git-"));
    try {
      fs.mkdirSync(path.join(root, "content", "roles"), { recursive: true });
      const result = runDiff([], path.join(root, "content"), root, {});
      expect(result.exitCode).toBe(0);
      expect(result.output).toContain("Cannot compare the pages with their published version: this copy has no git history");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("exits 2 on an unknown option, saying which options there are", () => {
    const result = runDiff(["--format=json"], "/nonexistent/content", "/nonexistent", {});
    expect(result.exitCode).toBe(2);
    expect(result.output).toBe("Unknown option --format=json. Use --base=REV (or CONTENT_BASE=REV).\n");
  });
});
