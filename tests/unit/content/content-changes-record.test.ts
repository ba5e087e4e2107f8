import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/problems";
import { PUBLISHED_PAGES_FILE, WORDS_FORMAT } from "@/lib/content/published-pages";
import {
  ANALYST,
  change,
  check,
  CODER,
  edit,
  FIRST,
  INDUSTRY,
  NO_NEW_NOTE,
  published,
  read,
  readRecord,
  record,
  RECORD,
  reworded,
  RUN_RECORDER,
  SKILL,
  VALID,
  withNotes,
} from "../../support/content-fixture";

/*
 * The record of published pages (content/published-pages.json): what npm run urls:record writes to it, and the
 * check that it is brought up to date. Each test writes the fixture's content set to a folder of its own, records it
 * as published, edits it as an editor would, and runs the check as npm run content:check does.
 */
/*
 * Lines: where the fixture adds the "First published." note itself, clinical-coder.md has `changes` on line 10 (its
 * one note on 11 and 12). Where a test writes the notes, `changes` takes the place of the closing --- on line 8:
 * changes.0 is on 9 (note on 10), changes.1 on 11 (note on 12).
 */

describe("npm run urls:record", () => {
  it("records every page: first published on its oldest note's day, its words' fingerprint and its newest note", () => {
    const folder = published({ [CODER]: withNotes(VALID[CODER]!, ["2026-11-26", "Added a skill."], ["2026-11-20", "First published."]) });
    const { wordsFormat, pages } = readRecord(folder);
    expect(wordsFormat).toBe(WORDS_FORMAT);
    expect(Object.keys(pages)).toEqual(["/industries/health", "/roles/clinical-coder", "/roles/data-analyst"]);
    expect(pages["/roles/clinical-coder"]).toEqual({
      firstPublished: "2026-11-20",
      wordsHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      lastChange: { date: "2026-11-26", note: "Added a skill." },
    });
    expect(pages["/roles/data-analyst"]).toMatchObject({ firstPublished: "2026-11-25", lastChange: { note: "First published." } });
    expect(read(folder, "published-urls.txt")).toContain("/roles/clinical-coder\n");
    expect(check(folder)).toEqual([]);
  });

  it("keeps the first-published day, and updates the fingerprint and the newest note after a noted change", () => {
    const folder = published();
    const before = readRecord(folder).pages["/roles/clinical-coder"]!;
    change(folder, { [CODER]: withNotes(reworded, ["2026-11-26", "Added accuracy to the skills."], FIRST) });
    expect(record(folder)).toMatchObject({ newPages: [], updatedPages: ["/roles/clinical-coder"], minorChanges: [] });
    const after = readRecord(folder).pages["/roles/clinical-coder"]!;
    expect(after.firstPublished).toBe(before.firstPublished);
    expect(after.wordsHash).not.toBe(before.wordsHash);
    expect(after.lastChange).toEqual({ date: "2026-11-26", note: "Added accuracy to the skills." });
    expect(readRecord(folder).pages["/roles/data-analyst"]).toEqual(readRecord(published()).pages["/roles/data-analyst"]);
  });

  it("never forgets a page, and gives a renamed page the first-published day of its old address", () => {
    const folder = published({ [CODER]: withNotes(VALID[CODER]!, ["2026-11-20", "First published."]) });
    change(folder, {
      [CODER]: null,
      "roles/clinical-coding-officer.md": withNotes(
        edit(CODER, "slug: clinical-coder", "slug: clinical-coding-officer\nredirectFrom:\n  - clinical-coder"),
        ["2026-11-20", "First published."],
      ),
      [INDUSTRY]: edit(INDUSTRY, "  - clinical-coder\n  - data", "  - clinical-coding-officer\n  - data").replace(
        "to: clinical-coder",
        "to: clinical-coding-officer",
      ),
    });
    expect(record(folder).newPages).toEqual(["/roles/clinical-coding-officer"]);
    const { pages } = readRecord(folder);
    expect(pages["/roles/clinical-coder"]?.firstPublished).toBe("2026-11-20");
    expect(pages["/roles/clinical-coding-officer"]?.firstPublished).toBe("2026-11-20");
    expect(check(folder)).toEqual([]);
  });

  it("records a minor change and deletes its minorChange line, keeping the file's other lines and line endings", () => {
    const folder = published();
    const marked = edit(CODER, "skills:", "minorChange: true # typo\nskills:").replace(SKILL, "  - Atention to detail");
    change(folder, { [CODER]: marked.replace(/\n/g, "\r\n") });
    expect(record(folder).minorChanges).toEqual(["content/roles/clinical-coder.md"]);
    const text = read(folder, CODER);
    expect(text).not.toContain("minorChange");
    expect(text).toContain("skills:\r\n  - Atention to detail\r\n");
    expect(text.split("\r\n")).toHaveLength(marked.split("\n").length + 4);
    expect(check(folder)).toEqual([]);
    expect(readRecord(folder).pages["/roles/clinical-coder"]?.lastChange).toEqual({ date: "2026-11-25", note: "First published." });
  });

  it("refuses, writing nothing, to record changed words with no new note and no minor-change mark", () => {
    const folder = published();
    const before = read(folder, PUBLISHED_PAGES_FILE);
    change(folder, { [CODER]: reworded });
    expect(() => record(folder)).toThrow(ContentError);
    expect(() => record(folder)).toThrow(`content/roles/clinical-coder.md:10: changes: ${NO_NEW_NOTE}`);
    expect(read(folder, PUBLISHED_PAGES_FILE)).toBe(before);
  });

  it("refuses to overwrite a record it cannot read, which would lose the first-published days", () => {
    const folder = published();
    const conflicted = `<<<<<<< HEAD\n${read(folder, PUBLISHED_PAGES_FILE)}=======\n{}\n>>>>>>> main\n`;
    change(folder, { [PUBLISHED_PAGES_FILE]: conflicted });
    expect(() => record(folder)).toThrow(ContentError);
    expect(read(folder, PUBLISHED_PAGES_FILE)).toBe(conflicted);
  });
});

describe("the record is brought up to date in the same pull request", () => {
  it("rejects a new note that is not yet recorded, then passes once it is", () => {
    const folder = published();
    const noted = withNotes(reworded, ["2026-11-26", "Added accuracy to the skills."], FIRST);
    expect(check(folder, { [CODER]: noted })).toEqual([
      `content/roles/clinical-coder.md:9: changes.0: this change note is not yet recorded in ${RECORD} ${RUN_RECORDER}`,
    ]);
    record(folder);
    expect(check(folder)).toEqual([]);
  });

  it("rejects a corrected note that is not yet recorded, though the words did not change", () => {
    const folder = published();
    expect(check(folder, { [CODER]: withNotes(VALID[CODER]!, ["2026-11-25", "First published on the site."]) })).toEqual([
      `content/roles/clinical-coder.md:9: changes.0: this change note is not yet recorded in ${RECORD} ${RUN_RECORDER}`,
    ]);
  });

  it("rejects a minor change that is not yet recorded, then passes once it is", () => {
    const folder = published();
    const typo = edit(CODER, "skills:", "minorChange: true\nskills:").replace(SKILL, "  - Attention to detial");
    expect(check(folder, { [CODER]: typo })).toEqual([
      `content/roles/clinical-coder.md:6: minorChange: this minor change is not yet recorded in ${RECORD} (run npm run urls:record: it records the change and deletes this line; then commit ${RECORD} and this file)`,
    ]);
    record(folder);
    expect(check(folder)).toEqual([]);
  });

  it("takes a further change in the same pull request, after recording, as covered by its note when marked", () => {
    const folder = published();
    change(folder, { [CODER]: withNotes(reworded, ["2026-11-26", "Added accuracy to the skills."], FIRST) });
    record(folder);
    const again = withNotes(reworded.replace("Reviewing medical notes", "Reviewing medical records"), ["2026-11-26", "Added accuracy to the skills."], FIRST);
    expect(check(folder, { [CODER]: again })).toEqual([`content/roles/clinical-coder.md:8: changes: ${NO_NEW_NOTE}`]);
    expect(check(folder, { [CODER]: again.replace("skills:", "minorChange: true\nskills:") })).toEqual([
      `content/roles/clinical-coder.md:6: minorChange: this minor change is not yet recorded in ${RECORD} (run npm run urls:record: it records the change and deletes this line; then commit ${RECORD} and this file)`,
    ]);
    expect(record(folder).minorChanges).toEqual(["content/roles/clinical-coder.md"]);
    expect(check(folder)).toEqual([]);
    expect(readRecord(folder).pages["/roles/clinical-coder"]?.lastChange.note).toBe("Added accuracy to the skills.");
  });

  it("rejects a new page that is not yet recorded", () => {
    const withoutAnalyst = edit(INDUSTRY, "  - data-analyst\n", "");
    const folder = published({ [ANALYST]: null, [INDUSTRY]: withoutAnalyst });
    const industry = withNotes(VALID[INDUSTRY]!, ["2026-11-26", "Added the Data Analyst role."], FIRST);
    expect(check(folder, { [ANALYST]: VALID[ANALYST]!, [INDUSTRY]: VALID[INDUSTRY]! })).toEqual([
      "content/roles/data-analyst.md:3: warning: slug: /roles/data-analyst is not yet in content/published-urls.txt (run npm run urls:record and commit the change, so a later rename is caught)",
      `content/industries/health.md:14: changes: ${NO_NEW_NOTE}`,
      `content/roles/data-analyst.md:8: changes: this page is not yet recorded in ${RECORD} ${RUN_RECORDER}`,
    ]);
    change(folder, { [INDUSTRY]: industry });
    expect(record(folder).newPages).toEqual(["/roles/data-analyst"]);
    expect(check(folder)).toEqual([]);
  });

  it("accepts a renamed page before it is recorded: its words and its industry's are the same", () => {
    const folder = published();
    const problems = check(folder, {
      [CODER]: null,
      "roles/clinical-coding-officer.md": edit(CODER, "slug: clinical-coder", "slug: clinical-coding-officer\nredirectFrom:\n  - clinical-coder"),
      [INDUSTRY]: edit(INDUSTRY, "  - clinical-coder\n  - data", "  - clinical-coding-officer\n  - data").replace(
        "to: clinical-coder",
        "to: clinical-coding-officer",
      ),
    });
    expect(problems).toEqual([
      "content/roles/clinical-coding-officer.md:3: warning: slug: /roles/clinical-coding-officer is not yet in content/published-urls.txt (run npm run urls:record and commit the change, so a later rename is caught)",
    ]);
  });

  it("rejects a record with merge-conflict lines, naming the line", () => {
    const folder = published();
    const text = read(folder, PUBLISHED_PAGES_FILE).replace('  "pages": {', '<<<<<<< HEAD\n  "pages": {');
    expect(check(folder, { [PUBLISHED_PAGES_FILE]: text })).toEqual([
      `${RECORD}:4: file: has unresolved merge-conflict lines (<<<<<<<, =======, >>>>>>>) (take the file as it is on main, then run npm run urls:record again (or ask a developer))`,
    ]);
  });

  it("asks for the record to be rewritten when it fingerprinted words another way", () => {
    const folder = published();
    const text = read(folder, PUBLISHED_PAGES_FILE).replace(`"wordsFormat": ${WORDS_FORMAT}`, '"wordsFormat": 0');
    expect(check(folder, { [PUBLISHED_PAGES_FILE]: text })).toEqual([
      `${RECORD}: wordsFormat: was written by another version of the check (wordsFormat 0; this one uses ${WORDS_FORMAT}) (a developer runs npm run urls:record, in a pull request of its own)`,
    ]);
    record(folder);
    expect(check(folder)).toEqual([]);
  });
});
