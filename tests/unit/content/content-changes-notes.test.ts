import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { runCheck } from "@/lib/content/report";
import {
  change,
  CODER,
  edit,
  FIRST,
  load,
  NO_NEW_ENTRY,
  problemsOf,
  published,
  reworded,
  TODAY,
  VALID,
  withNotes,
  withoutCommit,
} from "../../support/content-fixture";

/*
 * A page's history (`changes`, newest first) on its own, and how the check against the published version is
 * reported (its rules: content-history.test.ts). The set-up: tests/support/content-fixture.ts.
 */
/*
 * Lines: where the fixture adds the "First published." note itself, clinical-coder.md has `changes` on line 10 (its
 * one note on 11 and 12). Where a test writes the notes, `changes` takes the place of the closing --- on line 8:
 * changes.0 is on 9 (note on 10), changes.1 on 11 (note on 12).
 */

describe("a change of the words needs a new entry", () => {
  it("does not stop the site itself (npm run dev) showing an edit before its entry", () => {
    const folder = published();
    change(folder, { [CODER]: reworded });
    const result = loadContent(folder.contentDir, folder.root, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.content).toBeDefined();
  });

  it("is what npm run content:check reports, in every format", () => {
    const folder = published();
    change(folder, { [CODER]: reworded });
    const text = runCheck([], folder.contentDir, folder.root, { today: TODAY }, {});
    expect({ ...text, output: withoutCommit([text.output])[0] }).toEqual({
      output: `content/roles/clinical-coder.md:10: changes: ${NO_NEW_ENTRY}\nContent check: 3 files checked, 1 error, 0 warnings.\n`,
      exitCode: 1,
    });
    const json = JSON.parse(runCheck(["--format=json"], folder.contentDir, folder.root, { today: TODAY }, {}).output);
    expect(json.problems).toEqual([
      { file: "content/roles/clinical-coder.md", line: 10, field: "changes", message: expect.stringMatching(/^the words/), hint: expect.any(String) },
    ]);
  });
});

describe("minor entries", () => {
  it("accepts only true", () => {
    const notTrue = withNotes(VALID[CODER]!, ["2026-11-26", "minor"], FIRST).replace("minor: true", "minor: false");
    expect(problemsOf({ [CODER]: notTrue })).toEqual([
      "content/roles/clinical-coder.md:10: changes.0.minor: expected true: write minor: true for a typo, spelling, punctuation or formatting fix, or delete the line",
    ]);
  });

  it("are not shown: the site's content has only the notes", () => {
    const result = load({ [CODER]: withNotes(VALID[CODER]!, ["2026-11-26", "minor"], FIRST).replace("minor: true", "minor: true\n    note: Typo.") });
    expect(result.content?.roles.find((role) => role.slug === "clinical-coder")?.changes).toEqual([{ date: "2026-11-25", note: "First published." }]);
  });

  it("cannot be a page's oldest entry: its history starts with a note readers see", () => {
    expect(problemsOf({ [CODER]: withNotes(VALID[CODER]!, ["2026-11-25", "minor"]) })).toEqual([
      'content/roles/clinical-coder.md:9: changes.0: the oldest entry is a minor update, but a page\'s history starts with a note readers see (make it "note: First published." with the day the page was first published)',
    ]);
  });
});

describe("the notes themselves", () => {
  it("rejects a note dated after today", () => {
    expect(problemsOf({ [CODER]: withNotes(VALID[CODER]!, ["2026-11-27", "Added a skill."], FIRST) })).toEqual([
      "content/roles/clinical-coder.md:9: changes.0.date: 2026-11-27 is in the future (today is 26 November 2026) (date a change note with the day you make the change)",
    ]);
  });

  it("accepts a note dated today", () => {
    expect(load({ [CODER]: withNotes(VALID[CODER]!, [TODAY, "Added a skill."], FIRST) }).problems).toEqual([]);
  });

  it("rejects an empty note, naming it and its line", () => {
    expect(problemsOf({ [CODER]: withNotes(VALID[CODER]!, ["2026-11-26", '""'], FIRST) })).toEqual([
      "content/roles/clinical-coder.md:10: changes.0.note: expected a note for readers: one or two sentences saying what changed",
    ]);
  });

  it("rejects a note with no text, naming the change and the line to add", () => {
    const noNote = withNotes(VALID[CODER]!, ["2026-11-26", "x"], FIRST).replace("  - date: 2026-11-26\n    note: x\n", "  - date: 2026-11-26\n");
    expect(problemsOf({ [CODER]: noNote })).toEqual([
      'content/roles/clinical-coder.md:9: changes.0.note: expected a note for readers: one or two sentences saying what changed (the field is missing: add a line "note: ...")',
    ]);
  });

  it("rejects notes out of order, on the first one out of place", () => {
    const notes = withNotes(VALID[CODER]!, ["2026-11-20", "Added a skill."], FIRST, ["2026-11-22", "Fixed a date."]);
    expect(problemsOf({ [CODER]: notes })).toEqual([
      "content/roles/clinical-coder.md:11: changes.1.date: the notes are out of order: 2026-11-25 is newer than the note above it (2026-11-20) (list the notes newest first: a new note goes at the top of changes)",
    ]);
  });

  it("accepts two notes on one day", () => {
    expect(load({ [CODER]: withNotes(VALID[CODER]!, ["2026-11-25", "Added a skill."], FIRST) }).problems).toEqual([]);
  });

  it("rejects the same entry twice on the same day", () => {
    expect(problemsOf({ [CODER]: withNotes(VALID[CODER]!, FIRST, FIRST) })).toEqual([
      "content/roles/clinical-coder.md:11: changes.1: the same entry as changes.0, on the same day (delete one of the two)",
    ]);
  });

  it("rejects a day that does not exist", () => {
    expect(problemsOf({ [CODER]: withNotes(VALID[CODER]!, ["2026-02-30", "First published."]) })).toEqual([
      "content/roles/clinical-coder.md:9: changes.0.date: 2026-02-30 is not a real date (check the day and the month)",
    ]);
  });

  it("rejects a page with no notes", () => {
    expect(problemsOf({ [CODER]: edit(CODER, "---\n## What", "changes: []\n---\n## What") })).toEqual([
      'content/roles/clinical-coder.md:8: changes: expected at least one change note: a new page starts with its date and "First published."',
    ]);
  });

  it("rejects a note written as one line, saying how to write it", () => {
    expect(problemsOf({ [CODER]: edit(CODER, "---\n## What", "changes:\n  - First published.\n---\n## What") })).toEqual([
      'content/roles/clinical-coder.md:9: changes.0: expected an entry: a line "- date: YYYY-MM-DD", then under it a line "note: ..." (or "minor: true" for a typo fix)',
    ]);
  });
});
