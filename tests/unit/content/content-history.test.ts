import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "@/lib/content/report";
import {
  ANALYST,
  ANALYST_SUMMARY,
  change,
  check,
  CODER,
  commit,
  edit,
  FIRST,
  git,
  INDUSTRY,
  NO_NEW_ENTRY,
  published,
  reworded,
  TODAY,
  VALID,
  withNotes,
  withoutCommit,
} from "../../support/content-fixture";

/*
 * Every page against its published version in git (lib/content/history.ts), in real repositories made by each
 * test: main (and a fake origin/main) holds the published version, the editor works on a branch. The set-up:
 * tests/support/content-fixture.ts. Lines: where the fixture adds the "First published." entry itself,
 * clinical-coder.md has `changes` on line 10; where a test writes the entries, `changes` is on line 8, changes.0 on
 * 9 (its note or minor on 10) and changes.1 on 11.
 */

const noted = withNotes(reworded, ["2026-11-26", "Added accuracy to the skills."], FIRST);
const renamedCoder = edit(CODER, "slug: clinical-coder", "slug: clinical-coding-officer\nredirectFrom:\n  - clinical-coder");
const industryWithRename = edit(INDUSTRY, "  - clinical-coder\n  - data", "  - clinical-coding-officer\n  - data").replace(
  "to: clinical-coder",
  "to: clinical-coding-officer",
);

describe("a change of a page's words needs a new entry at the top of changes", () => {
  it("accepts a change with a new note", () => {
    expect(check(published(), { [CODER]: noted })).toEqual([]);
  });

  it("accepts a change with a minor entry, with or without a note for reviewers", () => {
    expect(check(published(), { [CODER]: withNotes(reworded, ["2026-11-26", "minor"], FIRST) })).toEqual([]);
    const forReviewers = withNotes(reworded, ["2026-11-26", "minor"], FIRST).replace("minor: true", "minor: true\n    note: Typo.");
    expect(check(published(), { [CODER]: forReviewers })).toEqual([]);
  });

  it("rejects a change without a new entry, on the changes field, saying what to add", () => {
    expect(withoutCommit(check(published(), { [CODER]: reworded }))).toEqual([
      `content/roles/clinical-coder.md:10: changes: ${NO_NEW_ENTRY}`,
    ]);
  });

  it("judges a committed change against the merge base, not HEAD", () => {
    const folder = published();
    change(folder, { [CODER]: reworded });
    commit(folder, "Reworded a skill, with no entry");
    expect(withoutCommit(check(folder))).toEqual([`content/roles/clinical-coder.md:10: changes: ${NO_NEW_ENTRY}`]);
  });

  it("accepts changes of whitespace alone, with no entry", () => {
    const rewrapped = edit(CODER, "Reviewing medical notes and assigning codes.", "Reviewing medical notes\nand assigning codes.  \n\n");
    expect(check(published(), { [CODER]: rewrapped })).toEqual([]);
  });

  it("warns of a minor entry on a page whose words did not change: nothing to excuse", () => {
    expect(check(published(), { [CODER]: withNotes(VALID[CODER]!, ["2026-11-26", "minor"], FIRST) })).toEqual([
      "content/roles/clinical-coder.md:10: warning: changes.0.minor: a minor update, but the words on this page are the same as published: there is nothing to excuse (delete this entry)",
    ]);
  });

  it("never lets a published minor entry excuse a later change", () => {
    const folder = published();
    change(folder, { [CODER]: withNotes(reworded, ["2026-11-26", "minor"], FIRST) });
    commit(folder, "A typo");
    git(folder, "checkout", "-q", "main");
    git(folder, "merge", "-q", "--no-ff", "-m", "Merge the typo", "edit");
    git(folder, "update-ref", "refs/remotes/origin/main", "main");
    git(folder, "checkout", "-q", "-b", "second-edit");
    const again = withNotes(edit(CODER, "  - Attention to detail", "  - Attention to detail and care"), ["2026-11-26", "minor"], FIRST);
    expect(withoutCommit(check(folder, { [CODER]: again }))).toEqual([
      "content/roles/clinical-coder.md:8: changes: the words on this page differ from the published version (origin/main at <base>), but there is no new entry at the top of changes (add at the top of changes \"- date: 2026-11-26\" and under it \"note: ...\" (one or two sentences for readers), or \"minor: true\" for a typo, spelling, punctuation or formatting fix)",
    ]);
  });
});

describe("history only grows", () => {
  const twoEntries = withNotes(VALID[CODER]!, ["2026-11-26", "Added a skill."], FIRST);

  it("rejects a published entry that was changed", () => {
    const folder = published({ [CODER]: twoEntries });
    expect(check(folder, { [CODER]: withNotes(VALID[CODER]!, ["2026-11-26", "Added two skills."], FIRST) })).toEqual([
      'content/roles/clinical-coder.md:9: changes.0: the published entry (2026-11-26: "Added a skill.") was changed: published entries stay as they are, in their order (put it back as published; for a new change, add a new entry at the top of changes)',
    ]);
  });

  it("rejects published entries that were reordered", () => {
    const folder = published({ [CODER]: twoEntries });
    const swapped = withNotes(VALID[CODER]!, ["2026-11-26", "Added a skill."], FIRST).replace(
      "  - date: 2026-11-26\n    note: Added a skill.\n  - date: 2026-11-25\n    note: First published.",
      "  - date: 2026-11-25\n    note: First published.\n  - date: 2026-11-26\n    note: Added a skill.",
    );
    expect(check(folder, { [CODER]: swapped })).toContain(
      'content/roles/clinical-coder.md:11: changes.1: the published entry (2026-11-26: "Added a skill.") was moved: published entries stay as they are, in their order (put it back as published; for a new change, add a new entry at the top of changes)',
    );
  });

  it("rejects a published entry that was removed", () => {
    const folder = published({ [CODER]: twoEntries });
    expect(check(folder, { [CODER]: withNotes(VALID[CODER]!, FIRST) })).toEqual([
      'content/roles/clinical-coder.md:8: changes: the published entry (2026-11-26: "Added a skill.") was removed: published entries stay as they are, in their order (put it back as published; for a new change, add a new entry at the top of changes)',
    ]);
  });

  it("rejects a new entry dated before the newest published one", () => {
    const folder = published({ [CODER]: twoEntries });
    const older = withNotes(reworded, ["2026-11-25", "Added accuracy."], ["2026-11-26", "Added a skill."], FIRST);
    expect(check(folder, { [CODER]: older })).toEqual([
      "content/roles/clinical-coder.md:11: changes.1.date: the notes are out of order: 2026-11-26 is newer than the note above it (2026-11-25) (list the notes newest first: a new note goes at the top of changes)",
      "content/roles/clinical-coder.md:9: changes.0.date: 2026-11-25 is before the newest published entry (26 November 2026) (date a new entry with the day of the change, such as 2026-11-26)",
    ]);
  });

  it("rejects a new entry put below the published ones", () => {
    expect(check(published(), { [CODER]: withNotes(reworded, FIRST, ["2026-11-25", "Added accuracy."]) })).toEqual([
      'content/roles/clinical-coder.md:11: changes.1: a new entry (2026-11-25: "Added accuracy.") below the published ones: a new entry goes at the top of changes (move it above the entry of 2026-11-25)',
    ]);
  });

  it("rejects a new entry dated in the future", () => {
    expect(check(published(), { [CODER]: withNotes(reworded, ["2026-11-27", "Added accuracy."], FIRST) })).toEqual([
      "content/roles/clinical-coder.md:9: changes.0.date: 2026-11-27 is in the future (today is 26 November 2026) (date a change note with the day you make the change)",
    ]);
  });
});

describe("new pages, renames and published addresses", () => {
  const withoutAnalyst = edit(INDUSTRY, "  - data-analyst\n", "");

  it("accepts a new page with its First published. entry, and its industry's note", () => {
    const folder = published({ [ANALYST]: null, [INDUSTRY]: withoutAnalyst });
    const industryNoted = withNotes(VALID[INDUSTRY]!, ["2026-11-26", "Added the Data Analyst role."], FIRST);
    expect(check(folder, { [ANALYST]: VALID[ANALYST]!, [INDUSTRY]: industryNoted })).toEqual([]);
  });

  it("rejects a new page whose industry's list changed with no entry", () => {
    const folder = published({ [ANALYST]: null, [INDUSTRY]: withoutAnalyst });
    expect(withoutCommit(check(folder, { [ANALYST]: VALID[ANALYST]!, [INDUSTRY]: VALID[INDUSTRY]! }))).toEqual([
      `content/industries/health.md:14: changes: ${NO_NEW_ENTRY}`,
    ]);
  });

  it("accepts a rename with the old slug under redirectFrom: neither page's words changed", () => {
    const folder = published();
    git(folder, "mv", `content/${CODER}`, "content/roles/clinical-coding-officer.md");
    expect(
      check(folder, { "roles/clinical-coding-officer.md": renamedCoder, [INDUSTRY]: industryWithRename }),
    ).toEqual([]);
  });

  it("rejects a rename without the redirect, naming the new page in the fix", () => {
    const folder = published();
    const withoutRedirect = edit(CODER, "slug: clinical-coder", "slug: clinical-coding-officer");
    expect(
      withoutCommit(check(folder, { [CODER]: null, "roles/clinical-coding-officer.md": withoutRedirect, [INDUSTRY]: industryWithRename })),
    ).toEqual([
      `content/industries/health.md:14: changes: ${NO_NEW_ENTRY}`,
      'content/roles/clinical-coder.md: slug: /roles/clinical-coder is published (origin/main at <base>), but no page serves it any more: links and bookmarks to it would break (if content/roles/clinical-coding-officer.md is this page renamed, add "redirectFrom: [clinical-coder]" to it; to remove a page for good, ask a developer to decide where its address leads)',
    ]);
  });

  it("rejects a redirect removed after it was published", () => {
    const folder = published({ "roles/clinical-coding-officer.md": renamedCoder, [CODER]: null, [INDUSTRY]: industryWithRename });
    const dropped = renamedCoder.replace("\nredirectFrom:\n  - clinical-coder", "");
    expect(withoutCommit(check(folder, { "roles/clinical-coding-officer.md": dropped }))).toEqual([
      'content/roles/clinical-coding-officer.md:3: redirectFrom: /roles/clinical-coder is published (origin/main at <base>), but no page serves it any more: links and bookmarks to it would break (keep "clinical-coder" under redirectFrom)',
    ]);
  });

  it("rejects a page deleted for good, saying a developer decides where its address leads", () => {
    const folder = published();
    const problems = withoutCommit(check(folder, { [ANALYST]: null, [INDUSTRY]: withNotes(withoutAnalyst, ["2026-11-26", "Removed the Data Analyst role."], FIRST) }));
    expect(problems).toEqual([
      'content/roles/data-analyst.md: slug: /roles/data-analyst is published (origin/main at <base>), but no page serves it any more: links and bookmarks to it would break (if the page was renamed, add "redirectFrom: [data-analyst]" to its new file; to remove a page for good, ask a developer to decide where its address leads)',
    ]);
  });
});

describe("branches and bases", () => {
  it("passes two branches that change different pages, merged one after the other, with no conflict", () => {
    const folder = published();
    git(folder, "branch", "analyst-edit", "main");
    change(folder, { [CODER]: noted });
    commit(folder, "Coder");
    expect(check(folder)).toEqual([]);
    git(folder, "checkout", "-q", "analyst-edit");
    const analyst = withNotes(edit(ANALYST, ANALYST_SUMMARY, "summary: A Data Analyst analyses NHS data."), ["2026-11-26", "Reworded the summary."], FIRST);
    change(folder, { [ANALYST]: analyst });
    commit(folder, "Analyst");
    expect(check(folder)).toEqual([]);
    git(folder, "checkout", "-q", "main");
    git(folder, "merge", "-q", "--no-ff", "-m", "Merge coder", "edit");
    git(folder, "update-ref", "refs/remotes/origin/main", "main");
    git(folder, "checkout", "-q", "analyst-edit");
    // The second branch, started before the first was merged, is judged against where it started.
    expect(check(folder)).toEqual([]);
    git(folder, "checkout", "-q", "main");
    git(folder, "merge", "-q", "--no-ff", "-m", "Merge analyst", "analyst-edit");
    git(folder, "update-ref", "refs/remotes/origin/main", "main");
    expect(check(folder)).toEqual([]);
    expect(check(folder, {}, { base: "main~2" })).toEqual([]);
  });

  it("uses main when there is no origin", () => {
    const folder = published();
    git(folder, "update-ref", "-d", "refs/remotes/origin/main");
    expect(check(folder, { [CODER]: reworded })[0]).toContain("differ from the published version (main at ");
  });

  it("compares with a named base: --base=REV or CONTENT_BASE", () => {
    const folder = published();
    change(folder, { [CODER]: noted });
    commit(folder, "Noted");
    git(folder, "update-ref", "refs/remotes/origin/main", "HEAD");
    expect(check(folder, { [CODER]: reworded })[0]).toContain("the published entry");
    expect(check(folder, { [CODER]: noted }, { base: "main" })).toEqual([]);
    const viaArgument = runCheck(["--base=main"], folder.contentDir, folder.root, { today: TODAY }, {});
    const viaVariable = runCheck([], folder.contentDir, folder.root, { today: TODAY }, { CONTENT_BASE: "main" });
    expect([viaArgument.exitCode, viaVariable.exitCode]).toEqual([0, 0]);
  });

  it("fails with a clear error when a named base is not in the clone", () => {
    const folder = published();
    const run = runCheck(["--base=release"], folder.contentDir, folder.root, { today: TODAY }, {});
    expect(run).toEqual({
      exitCode: 1,
      output:
        'content: changes: cannot compare the pages with their published version: the base "release" is not in this clone (fetch it with git fetch origin release, or name the published version with --base=REV (or CONTENT_BASE))\nContent check: 3 files checked, 1 error, 0 warnings.\n',
    });
  });

  it("without git history: an error in CI, a warning elsewhere (a container image still builds)", () => {
    const folder = published();
    fs.rmSync(path.join(folder.root, ".git"), { recursive: true, force: true });
    change(folder, { [CODER]: reworded });
    const missing =
      "content: changes: cannot compare the pages with their published version: this copy has no git history (git is not installed, or the folder is not a git clone)";
    expect(check(folder, {}, { ci: true })).toEqual([
      `${missing} (name the published version with --base=REV (or CONTENT_BASE))`,
    ]);
    expect(check(folder)).toEqual([
      `content: warning: ${missing.replace("content: ", "")} (the checks of each page's new entries and published addresses were skipped; every other check ran)`,
    ]);
    expect(runCheck([], folder.contentDir, folder.root, { today: TODAY }, {}).exitCode).toBe(0);
    expect(runCheck([], folder.contentDir, folder.root, { today: TODAY }, { CI: "true" }).exitCode).toBe(1);
  });

  it("in a clone without main or origin/main, says how to fetch it", () => {
    const folder = published();
    git(folder, "update-ref", "-d", "refs/remotes/origin/main");
    git(folder, "branch", "-D", "main");
    expect(check(folder, {}, { ci: true })).toEqual([
      "content: changes: cannot compare the pages with their published version: neither origin/main nor main is in this clone (fetch it with git fetch origin main, or name the published version with --base=REV (or CONTENT_BASE))",
    ]);
  });
});
