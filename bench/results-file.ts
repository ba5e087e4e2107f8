/**
 * bench/RESULTS.md is written by three commands. `npm run bench` writes the file from its top down to the
 * hand-written part, which it keeps; `npm run bench:scale` and `npm run bench:lighthouse` each write one section
 * between markers of their own and leave the rest as it is. These functions are the one place that knows that.
 */
import fs from "node:fs";

export const HAND_WRITTEN = "<!-- Written by hand below this line: npm run bench keeps it. -->";

export interface SectionMarkers {
  start: string;
  end: string;
}

/** The section between its markers (markers included), or undefined when the text has none. */
export function readResultsSection(text: string, { start, end }: SectionMarkers): string | undefined {
  const startAt = text.indexOf(start);
  const endAt = startAt < 0 ? -1 : text.indexOf(end, startAt);
  return startAt >= 0 && endAt >= 0 ? text.slice(startAt, endAt + end.length) : undefined;
}

/**
 * Puts a section into the results file: in place of the one there, or else before the hand-written part, or else
 * at the end. Nothing outside the markers changes.
 */
export function writeResultsSection(file: string, section: string, { start, end }: SectionMarkers): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const startAt = text.indexOf(start);
  const endAt = startAt < 0 ? -1 : text.indexOf(end, startAt);
  let next: string;
  if (startAt >= 0 && endAt >= 0) {
    next = text.slice(0, startAt) + section + text.slice(endAt + end.length);
  } else if (text.includes(HAND_WRITTEN)) {
    const at = text.indexOf(HAND_WRITTEN);
    next = `${text.slice(0, at)}${section}\n\n${text.slice(at)}`;
  } else {
    next = `${text}${text === "" || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n"}${section}\n`;
  }
  fs.writeFileSync(file, next);
}

/**
 * What `npm run bench` keeps when it writes the file anew: the sections that other commands write and it does not
 * re-measure (each followed by a blank line), then the hand-written part (or a fresh marker).
 */
export function keptByFullBench(previous: string, sections: readonly SectionMarkers[]): string {
  const kept = sections.map((markers) => readResultsSection(previous, markers)).filter((section) => section !== undefined);
  const handWritten = previous.includes(HAND_WRITTEN) ? previous.slice(previous.indexOf(HAND_WRITTEN)) : `${HAND_WRITTEN}\n`;
  return [...kept.map((section) => `${section}\n\n`), handWritten].join("");
}
