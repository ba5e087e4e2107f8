import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shownWords, wordsHash, type ShownPage } from "@/lib/content/changes";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem } from "@/lib/content/problems";
import { recordPublished } from "@/lib/content/published";
import { PUBLISHED_PAGES_FILE, WORDS_FORMAT } from "@/lib/content/published-pages";
import { runCheck } from "@/lib/content/report";
import { ANALYST, CODER, edit, INDUSTRY, load, problemsOf, TODAY, VALID, writeContent, writeFile } from "../../support/content-fixture";

/*
 * Change notes (`changes`, newest first) and the record of published pages (content/published-pages.json).
 * Each test writes the fixture's content set to a folder of its own; most then record it as published with the
 * recorder (npm run urls:record), edit it as an editor would, and run the check as npm run content:check does.
 *
 * Lines: where the fixture adds the "First published." note itself, clinical-coder.md has `changes` on line 10 (its
 * one note on 11 and 12). Where a test writes the notes, `changes` takes the place of the closing --- on line 8:
 * changes.0 is on 9 (note on 10), changes.1 on 11 (note on 12).
 */

type Folder = ReturnType<typeof writeContent>;
type Note = readonly [date: string, note: string];

const FIRST: Note = ["2026-11-25", "First published."];
const SKILL = "  - Attention to detail";
const NEW_SKILL = "  - Attention to detail and accuracy";
const RECORD = "content/published-pages.json";

/** A file with these notes, newest first, written where its front matter ends (in place of its closing ---). */
function withNotes(text: string, ...notes: Note[]): string {
  const end = text.indexOf("\n---\n", 3);
  if (end < 0) throw new Error("no end of front matter to add notes at");
  const list = notes.map(([date, note]) => `  - date: ${date}\n    note: ${note}`).join("\n");
  return `${text.slice(0, end + 1)}changes:\n${list}${text.slice(end)}`;
}

/** The coder's file with one skill changed: a change of the words the page shows. */
const reworded = edit(CODER, SKILL, NEW_SKILL);

/** Writes the fixture set with `files` applied and records it as published, as npm run urls:record does. */
function published(files: Record<string, string | null> = {}): Folder {
  const folder = writeContent(files);
  recordPublished(folder.contentDir, { today: TODAY });
  return folder;
}

/** Applies an editor's changes to a folder (null deletes a file). */
function change(folder: Folder, files: Record<string, string | null>): void {
  for (const [file, text] of Object.entries(files)) {
    if (text === null) fs.rmSync(path.join(folder.contentDir, file));
    else writeFile(folder.contentDir, file, text);
  }
}

/** The problems npm run content:check reports on the folder, with TODAY as today. */
function check(folder: Folder, files: Record<string, string | null> = {}): string[] {
  change(folder, files);
  return loadContent(folder.contentDir, folder.root, { today: TODAY, pageRecord: "check" }).problems.map(formatProblem);
}

const record = (folder: Folder) => recordPublished(folder.contentDir, { today: TODAY });
const readRecord = (folder: Folder) =>
  JSON.parse(fs.readFileSync(path.join(folder.contentDir, PUBLISHED_PAGES_FILE), "utf8")) as {
    wordsFormat: number;
    pages: Record<string, { firstPublished: string; wordsHash: string; lastChange: { date: string; note: string } }>;
  };
const read = (folder: Folder, file: string) => fs.readFileSync(path.join(folder.contentDir, file), "utf8");

const NO_NEW_NOTE =
  "the words on this page changed since it was last published, but there is no new change note (add a note at the top of changes, with today's date and one or two sentences for readers, or, for a typo only, add the line minorChange: true; then run npm run urls:record)";
const RUN_RECORDER = `(run npm run urls:record, then commit ${RECORD} with your change)`;

describe("shownWords: the words a page shows, from its file", () => {
  const role: ShownPage = {
    kind: "roles",
    data: {
      title: "Clinical Coder",
      slug: "clinical-coder",
      industry: "health",
      summary: "A Clinical Coder turns health records into codes.",
      workplaces: [],
      skills: ["Attention to detail", "Medical knowledge"],
      standards: [{ name: "ICD-10", use: "codes for diagnoses" }],
      qualifications: [{ name: "National Clinical Coding Qualification", abbreviation: "NCCQ" }],
      specialisms: [],
      lastReviewed: "2026-11-25",
      nextReviewDue: "2027-05-25",
      changes: [{ date: "2026-11-25", note: "First published." }],
      redirectFrom: [],
    },
    body: "## What the work involves\n\nReviewing medical notes and assigning codes.\n",
  };
  const withData = (data: object, body = role.body): ShownPage => ({ ...role, data: { ...role.data, ...data }, body });

  it("change when a skill, the summary, a standard's use, the title or the body changes", () => {
    for (const changed of [
      withData({ skills: ["Attention to detail", "Medical knowledge", "SQL"] }),
      withData({ summary: "A Clinical Coder turns patient records into codes." }),
      withData({ standards: [{ name: "ICD-10", use: "codes for procedures" }] }),
      withData({ title: "Clinical Coding Officer" }),
      withData({}, "## What the work involves\n\nReviewing medical notes and assigning the codes.\n"),
    ]) {
      expect(shownWords(changed)).not.toBe(shownWords(role));
    }
  });

  it("change when a list's order changes, or its markdown (emphasis, a link's address)", () => {
    expect(shownWords(withData({ skills: ["Medical knowledge", "Attention to detail"] }))).not.toBe(shownWords(role));
    expect(shownWords(withData({}, "## What the work involves\n\nReviewing *medical* notes and assigning codes.\n"))).not.toBe(
      shownWords(role),
    );
  });

  it("do not change with the review dates, the change notes, old slugs, the slug or a minor-change mark", () => {
    const same = withData({
      slug: "clinical-coding-officer",
      lastReviewed: "2027-05-20",
      nextReviewDue: "2027-11-20",
      changes: [{ date: "2026-11-26", note: "Checked." }, { date: "2026-11-25", note: "First published." }],
      redirectFrom: ["coder"],
      minorChange: true,
    });
    expect(shownWords(same)).toBe(shownWords(role));
    expect(wordsHash(same)).toBe(wordsHash(role));
  });

  it("do not change with whitespace: re-wrapped lines, extra blank lines, trailing spaces, the fields' order", () => {
    const respaced = withData(
      { summary: "  A Clinical Coder turns health\n records into codes. " },
      "\n\n## What the work involves\n\n\nReviewing medical notes   \nand assigning codes.\n\n\n",
    );
    expect(shownWords(respaced)).toBe(shownWords(role));
    const reordered = { ...role, data: Object.fromEntries(Object.entries(role.data).reverse()) };
    expect(shownWords(reordered)).toBe(shownWords(role));
  });

  it("count an industry's roles list, in its order, and its path patterns", () => {
    const industry: ShownPage = {
      kind: "industries",
      data: {
        name: "Health",
        slug: "health",
        summary: "Health data.",
        pathPatterns: [{ from: "Customer service", to: "clinical-coder", description: "Service roles teach care." }],
        roles: ["clinical-coder", "data-analyst"],
      },
      body: "Growing.",
    };
    const other = (data: object) => shownWords({ ...industry, data: { ...industry.data, ...data } });
    expect(other({ roles: ["data-analyst", "clinical-coder"] })).not.toBe(shownWords(industry));
    expect(other({ roles: ["clinical-coder"] })).not.toBe(shownWords(industry));
    expect(
      other({ pathPatterns: [{ from: "Customer service", to: "clinical-coder", description: "Service roles teach empathy." }] }),
    ).not.toBe(shownWords(industry));
  });

  it("fingerprint them as 64 hexadecimal digits of sha256", () => {
    expect(wordsHash(role)).toMatch(/^[0-9a-f]{64}$/);
  });
});

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
