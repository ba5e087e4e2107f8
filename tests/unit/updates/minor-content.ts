import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { Content } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { isError } from "@/lib/content/problems";
import { CODER, INDUSTRY, TODAY, edit, writeContent } from "../../support/content-fixture";

/*
 * A content set whose pages have minor updates (GOV.UK's "minor update": `minor: true`, with a note for reviewers
 * only), for the tests that readers never see them: the updates' tests here and the open data's
 * (tests/unit/open-data/minor-updates.test.ts).
 *
 * - The coder's newest entry is minor (the day after its newest note), and another minor entry shares a day with a
 *   note, so that a note's feed key (its place among that day's notes) could only shift if minor entries counted.
 * - The industry's newest entry is minor too, and newer than any note in the guide.
 * - The analyst keeps its single "First published." note.
 */

/** The reviewers' notes: they are in the files and must be nowhere readers look. */
export const CODER_REVIEWER_NOTE = "For reviewers only, fixed the spelling of assigning.";
export const CODER_SAME_DAY_REVIEWER_NOTE = "For reviewers only, a missing full stop.";
export const INDUSTRY_REVIEWER_NOTE = "For reviewers only, a double space in the big picture.";
/** The newest minor entries' day: later than every note in the set. */
export const MINOR_DAY = "2026-11-26";
export const CODER_NOTES = [
  { date: "2026-11-24", note: "Added the routes into clinical coding." },
  { date: "2026-11-20", note: "First published." },
];
export const INDUSTRY_NOTES = [{ date: "2026-11-25", note: "First published." }];
/** Every word of the minor entries that could give one away. */
export const HIDDEN = [CODER_REVIEWER_NOTE, CODER_SAME_DAY_REVIEWER_NOTE, INDUSTRY_REVIEWER_NOTE, MINOR_DAY, "minor"];

const CODER_CHANGES = [
  "changes:",
  `  - date: ${MINOR_DAY}`,
  "    minor: true",
  `    note: ${CODER_REVIEWER_NOTE}`,
  `  - date: ${CODER_NOTES[0]!.date}`,
  `    note: ${CODER_NOTES[0]!.note}`,
  `  - date: ${CODER_NOTES[0]!.date}`,
  `    note: ${CODER_SAME_DAY_REVIEWER_NOTE}`,
  "    minor: true",
  `  - date: ${CODER_NOTES[1]!.date}`,
  `    note: ${CODER_NOTES[1]!.note}`,
].join("\n");

const INDUSTRY_CHANGES = [
  "changes:",
  `  - date: ${MINOR_DAY}`,
  "    minor: true",
  `    note: ${INDUSTRY_REVIEWER_NOTE}`,
  `  - date: ${INDUSTRY_NOTES[0]!.date}`,
  `    note: ${INDUSTRY_NOTES[0]!.note}`,
].join("\n");

/** The files as written: the minor entries, reviewers' notes and all, are in them. */
export interface MinorContent {
  content: Content;
  files: { coder: string; industry: string };
}

/** Writes and loads the set (as the site does: no check against git), and checks it loads without an error. */
export function loadMinorContent(): MinorContent {
  const { root, contentDir } = writeContent({
    [CODER]: edit(CODER, "  - Attention to detail\n---", `  - Attention to detail\n${CODER_CHANGES}\n---`),
    [INDUSTRY]: edit(INDUSTRY, "  - data-analyst\n---", `  - data-analyst\n${INDUSTRY_CHANGES}\n---`),
  });
  const result = loadContent(contentDir, root, { today: TODAY });
  expect(result.problems.filter(isError)).toEqual([]);
  if (!result.content) throw new Error("the content with minor updates did not load");
  const read = (file: string) => fs.readFileSync(path.join(contentDir, file), "utf8");
  return { content: result.content, files: { coder: read(CODER), industry: read(INDUSTRY) } };
}

export function coderOf(content: Content) {
  const coder = content.roles.find((role) => role.slug === "clinical-coder");
  if (!coder) throw new Error("no clinical-coder in the set");
  return coder;
}

/** Fails naming the first hidden word found in `text`. */
export function expectNothingHidden(text: string, where: string): void {
  for (const word of HIDDEN) expect(text.includes(word), `${where} gives away "${word}"`).toBe(false);
}
