import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { runCheck } from "@/lib/content/report";
import {
  change,
  check,
  CODER,
  edit,
  FIRST,
  load,
  NO_NEW_NOTE,
  problemsOf,
  published,
  reworded,
  TODAY,
  VALID,
  withNotes,
} from "../../support/content-fixture";

/*
 * Change notes (`changes`, newest first): a change of a page's words needs one (or a minor-change mark), and the
 * notes themselves must be honest. Tests against the record of published pages write the fixture's content set to a
 * folder of their own, record it as published, edit it as an editor would, and run the check as npm run
 * content:check does.
 */
/*
 * Lines: where the fixture adds the "First published." note itself, clinical-coder.md has `changes` on line 10 (its
 * one note on 11 and 12). Where a test writes the notes, `changes` takes the place of the closing --- on line 8:
 * changes.0 is on 9 (note on 10), changes.1 on 11 (note on 12).
 */

describe("a change of the words needs a change note", () => {
  it("rejects changed words with no new note, on the changes field", () => {
    expect(check(published(), { [CODER]: reworded })).toEqual([`content/roles/clinical-coder.md:10: changes: ${NO_NEW_NOTE}`]);
  });

  it("rejects changed words when the note last published was edited instead of a new one added", () => {
    const folder = published();
    expect(check(folder, { [CODER]: withNotes(reworded, ["2026-11-26", "First published, with accuracy."]) })).toEqual([
      'content/roles/clinical-coder.md:8: changes: the words on this page changed since it was last published, but there is no new change note, and the note last published (25 November 2026: "First published.") is no longer in the list (put that note back as it was and add a new note above it, or, for a typo only, add the line minorChange: true; then run npm run urls:record)',
    ]);
  });

  it("rejects a note added below the note last published", () => {
    expect(check(published(), { [CODER]: withNotes(reworded, FIRST, ["2026-11-25", "Added accuracy."]) })).toEqual([
      `content/roles/clinical-coder.md:8: changes: ${NO_NEW_NOTE}`,
    ]);
  });

  it("accepts changes of whitespace alone, with no note", () => {
    const rewrapped = edit(CODER, "Reviewing medical notes and assigning codes.", "Reviewing medical notes\nand assigning codes.  \n\n");
    expect(check(published(), { [CODER]: rewrapped })).toEqual([]);
  });

  it("does not stop the site itself (npm run dev) showing an edit before its note", () => {
    const folder = published();
    change(folder, { [CODER]: reworded });
    const result = loadContent(folder.contentDir, folder.root, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.content).toBeDefined();
  });

  it("is what npm run content:check reports, in every format", () => {
    const folder = published();
    change(folder, { [CODER]: reworded });
    const text = runCheck([], folder.contentDir, folder.root, { today: TODAY });
    expect(text).toEqual({
      output: `content/roles/clinical-coder.md:10: changes: ${NO_NEW_NOTE}\nContent check: 3 files checked, 1 error, 0 warnings.\n`,
      exitCode: 1,
    });
    const json = JSON.parse(runCheck(["--format=json"], folder.contentDir, folder.root, { today: TODAY }).output);
    expect(json.problems).toEqual([
      { file: "content/roles/clinical-coder.md", line: 10, field: "changes", message: expect.stringMatching(/^the words/), hint: expect.any(String) },
    ]);
  });
});

describe("minor changes", () => {
  it("rejects a minor-change mark on a page whose words did not change", () => {
    expect(check(published(), { [CODER]: edit(CODER, "skills:", "minorChange: true\nskills:") })).toEqual([
      "content/roles/clinical-coder.md:6: minorChange: marked as a minor change, but the words on this page are the same as when it was last published (delete this line)",
    ]);
  });

  it("accepts only true", () => {
    expect(problemsOf({ [CODER]: edit(CODER, "skills:", "minorChange: false\nskills:") })).toEqual([
      "content/roles/clinical-coder.md:6: minorChange: expected true: write minorChange: true for a typo-only change, or delete the line",
    ]);
  });

  it("is not part of the page", () => {
    const result = load({ [CODER]: edit(CODER, "skills:", "minorChange: true\nskills:") });
    expect(result.content?.roles.find((role) => role.slug === "clinical-coder")).not.toHaveProperty("minorChange");
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

  it("rejects the same note twice on the same day", () => {
    expect(problemsOf({ [CODER]: withNotes(VALID[CODER]!, FIRST, FIRST) })).toEqual([
      "content/roles/clinical-coder.md:11: changes.1: the same note as changes.0, on the same day (delete one of the two)",
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
      'content/roles/clinical-coder.md:9: changes.0: expected a change note: a line "- date: YYYY-MM-DD", then a line "note: ..." under it',
    ]);
  });

  it("rejects a note dated before the page was first published", () => {
    const folder = published();
    expect(check(folder, { [CODER]: withNotes(VALID[CODER]!, FIRST, ["2026-11-20", "Drafted."]) })).toEqual([
      "content/roles/clinical-coder.md:11: changes.1.date: 2026-11-20 is before the page was first published (25 November 2026) (check the date: no change can be older than the page)",
    ]);
  });
});
