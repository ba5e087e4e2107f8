/**
 * Public change notes (`changes` in every page's front matter, newest first) and the rules that keep them honest:
 * the notes themselves (real dates, none in the future, newest first, no note twice), and, against the record of
 * published pages (content/published-pages.json), that a page whose words changed says so in a new note or is
 * marked as a minor change, and that the record is brought up to date in the same pull request.
 */
import { createHash } from "node:crypto";
import { industryPath, rolePath } from "../shared";
import type { CheckedFile } from "./checks";
import { formatDate } from "./dates";
import type { ContentProblem } from "./problems";
import { WORDS_FORMAT, type PublishedPage, type PublishedPages } from "./published-pages";
import type { Change } from "./schema";
import { findFieldLine } from "./yaml-lines";

/**
 * Front-matter fields that are not words the page shows: its address, its review dates, its history and the
 * editors' marks. Every other field counts, so that a field added to the schemas later counts too.
 */
const NOT_SHOWN = new Set(["slug", "redirectFrom", "lastReviewed", "nextReviewDue", "changes", "minorChange"]);

/** What `shownWords` reads of a page: its kind, its validated front matter and its markdown body. */
export interface ShownPage {
  kind: "industries" | "roles";
  data: object;
  body: string;
}

/**
 * How a page's references to other pages (an industry's `roles` and path patterns' `to`, a role's `industry`)
 * are written in its shown words. By default as they are; the check passes the slug under which a renamed page
 * was recorded, so that renaming a role (which changes its industry's lists) is not a change of the industry's words.
 */
export interface SlugNames {
  role: (slug: string) => string;
  industry: (slug: string) => string;
}

const AS_WRITTEN: SlugNames = { role: (slug) => slug, industry: (slug) => slug };

/** Text as readers see it: every run of spaces, tabs and line breaks is one space; none at either end. */
const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/** Strings squashed, object keys sorted, undefined left out: the same words always give the same text. */
function canonical(value: unknown): unknown {
  if (typeof value === "string") return squash(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The words a page shows readers from its file, as one stable text: every front-matter field except those in
 * NOT_SHOWN (title or name, summary, every listed fact: workplaces, skills, standards, qualifications,
 * specialisms, an industry's path patterns and roles, ...) and the markdown body. Whitespace does not count
 * (re-wrapping a paragraph, a trailing space or an extra blank line changes nothing), nor does the order of
 * fields in the front matter; the order of items in a list does, and so does markdown (emphasis, a link's address).
 */
export function shownWords(page: ShownPage, names: SlugNames = AS_WRITTEN): string {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(page.data)) {
    if (!NOT_SHOWN.has(key)) fields[key] = value;
  }
  if (page.kind === "industries") {
    if (Array.isArray(fields.roles)) fields.roles = (fields.roles as string[]).map(names.role);
    if (Array.isArray(fields.pathPatterns)) {
      fields.pathPatterns = (fields.pathPatterns as { to: string }[]).map((pattern) => ({ ...pattern, to: names.role(pattern.to) }));
    }
  } else if (typeof fields.industry === "string") {
    fields.industry = names.industry(fields.industry);
  }
  return JSON.stringify({ fields: canonical(fields), body: squash(page.body) });
}

/** The fingerprint of a page's shown words that the record of published pages keeps: sha256, hex. */
export function wordsHash(page: ShownPage, names?: SlugNames): string {
  return createHash("sha256").update(shownWords(page, names)).digest("hex");
}

const lineOf = (item: CheckedFile, fieldPath: readonly PropertyKey[]) => findFieldLine(item.frontMatter, fieldPath, 1);
const pathOf = (kind: CheckedFile["kind"], slug: string): string => (kind === "roles" ? rolePath(slug) : industryPath(slug));

/** The YYYY-MM-DD the editor wrote on a line: YAML reads an unquoted 2026-02-30 as 2 March, silently. */
export function writtenDay(frontMatter: string, line: number | undefined): string | undefined {
  if (!line) return undefined;
  return /:\s*["']?(\d{4}-\d{2}-\d{2})/.exec(frontMatter.split("\n")[line - 1] ?? "")?.[1];
}

/** The notes on their own: real dates, none after today, newest first, and no note twice. */
export function checkChangeNotes(items: CheckedFile[], today: string, problems: ContentProblem[]): void {
  for (const item of items) {
    const { changes } = item.data;
    let orderReported = false;
    changes.forEach((change, index) => {
      const line = lineOf(item, ["changes", index, "date"]);
      const field = `changes.${index}.date`;
      const written = writtenDay(item.frontMatter, line);
      if (written && written !== change.date) {
        problems.push({ file: item.file, line, field, message: `${written} is not a real date`, hint: "check the day and the month" });
        return;
      }
      if (change.date > today) {
        problems.push({
          file: item.file,
          line,
          field,
          message: `${change.date} is in the future (today is ${formatDate(today)})`,
          hint: "date a change note with the day you make the change",
        });
      }
      const above = changes[index - 1];
      if (above && !orderReported && change.date > above.date) {
        orderReported = true;
        problems.push({
          file: item.file,
          line,
          field,
          message: `the notes are out of order: ${change.date} is newer than the note above it (${above.date})`,
          hint: "list the notes newest first: a new note goes at the top of changes",
        });
      }
      const twin = changes.findIndex((other, j) => j < index && other.date === change.date && other.note === change.note);
      if (twin >= 0) {
        problems.push({
          file: item.file,
          line: lineOf(item, ["changes", index]),
          field: `changes.${index}`,
          message: `the same note as changes.${twin}, on the same day`,
          hint: "delete one of the two",
        });
      }
    });
  }
}

/** Where the check stands on one page, which the recorder writes to the record. */
export interface PageState {
  path: string;
  file: string;
  /** The fingerprint to record: with every reference to another page as written today. */
  wordsHash: string;
  changes: Change[];
  /** The line of `minorChange: true`, which the recorder deletes. */
  minorChangeLine?: number;
  /** The page's entry in the record, under its address or, for a renamed page not yet recorded, an old one. */
  recorded?: PublishedPage;
}

const sameNote = (a: Change, b: Change) => a.date === b.date && a.note === b.note;

/**
 * Compares each page with the record of published pages. `mode` is "check" for the content check, which also
 * insists that the record is up to date; "record" for `npm run urls:record`, which brings it up to date and so
 * reports only what it must refuse to record: changed words with no new note and no minor-change mark, and notes
 * dated before the page was first published.
 */
export function checkAgainstRecord(
  items: CheckedFile[],
  record: PublishedPages | undefined,
  mode: "check" | "record",
  problems: ContentProblem[],
): PageState[] {
  const live = {
    industries: new Map(items.filter((item) => item.kind === "industries").map((item) => [item.data.slug, item])),
    roles: new Map(items.filter((item) => item.kind === "roles").map((item) => [item.data.slug, item])),
  };
  /** The address under which the record knows a page: its own, or (renamed, not yet recorded) an old one. */
  const recordedSlug = (kind: CheckedFile["kind"], slug: string): string | undefined => {
    if (!record) return undefined;
    if (record.pages[pathOf(kind, slug)]) return slug;
    return live[kind].get(slug)?.data.redirectFrom.find((old) => record.pages[pathOf(kind, old)]);
  };
  const asRecorded: SlugNames = {
    role: (slug) => recordedSlug("roles", slug) ?? slug,
    industry: (slug) => recordedSlug("industries", slug) ?? slug,
  };
  const comparable = record?.wordsFormat === WORDS_FORMAT;
  if (record && !comparable && mode === "check") {
    problems.push({
      file: record.file,
      field: "wordsFormat",
      message: `was written by another version of the check (wordsFormat ${record.wordsFormat}; this one uses ${WORDS_FORMAT})`,
      hint: "a developer runs npm run urls:record, in a pull request of its own",
    });
  }
  const recordFile = record?.file ?? "the record of published pages";
  const notRecorded = (what: string) => `${what} not yet recorded in ${recordFile}`;
  const runRecorder = `run npm run urls:record, then commit ${recordFile} with your change`;

  const states: PageState[] = [];
  for (const item of items) {
    const slug = recordedSlug(item.kind, item.data.slug);
    const recorded = slug === undefined ? undefined : record?.pages[pathOf(item.kind, slug)];
    const { changes, minorChange } = item.data;
    const minorChangeLine = minorChange ? lineOf(item, ["minorChange"]) : undefined;
    states.push({
      path: pathOf(item.kind, item.data.slug),
      file: item.file,
      wordsHash: wordsHash(item),
      changes,
      minorChangeLine,
      recorded,
    });
    if (!record) continue;
    const changesLine = lineOf(item, ["changes"]);
    if (!recorded) {
      if (mode === "check") {
        problems.push({ file: item.file, line: changesLine, field: "changes", message: notRecorded("this page is"), hint: runRecorder });
      }
      continue;
    }

    changes.forEach((change, index) => {
      if (change.date < recorded.firstPublished) {
        problems.push({
          file: item.file,
          line: lineOf(item, ["changes", index, "date"]),
          field: `changes.${index}.date`,
          message: `${change.date} is before the page was first published (${formatDate(recorded.firstPublished)})`,
          hint: "check the date: no change can be older than the page",
        });
      }
    });

    const wordsChanged = comparable && wordsHash(item, asRecorded) !== recorded.wordsHash;
    // Where the newest recorded note is now: notes above it are new. Matched by its day if its text was corrected.
    let position = changes.findIndex((change) => sameNote(change, recorded.lastChange));
    if (position < 0) position = changes.findIndex((change) => change.date === recorded.lastChange.date);
    const newestIsRecorded = changes[0] !== undefined && sameNote(changes[0], recorded.lastChange);

    if (wordsChanged && !minorChange && position < 1) {
      const lost = position < 0;
      problems.push({
        file: item.file,
        line: changesLine,
        field: "changes",
        message: lost
          ? `the words on this page changed since it was last published, but there is no new change note, and the note last published (${formatDate(recorded.lastChange.date)}: "${recorded.lastChange.note}") is no longer in the list`
          : "the words on this page changed since it was last published, but there is no new change note",
        hint: lost
          ? "put that note back as it was and add a new note above it, or, for a typo only, add the line minorChange: true; then run npm run urls:record"
          : "add a note at the top of changes, with today's date and one or two sentences for readers, or, for a typo only, add the line minorChange: true; then run npm run urls:record",
      });
      continue;
    }
    if (mode === "record") continue;
    if (minorChange && wordsChanged) {
      problems.push({
        file: item.file,
        line: minorChangeLine,
        field: "minorChange",
        message: notRecorded("this minor change is"),
        hint: `run npm run urls:record: it records the change and deletes this line; then commit ${recordFile} and this file`,
      });
    } else if (minorChange && comparable) {
      problems.push({
        file: item.file,
        line: minorChangeLine,
        field: "minorChange",
        message: "marked as a minor change, but the words on this page are the same as when it was last published",
        hint: "delete this line",
      });
    } else if (wordsChanged || !newestIsRecorded) {
      problems.push({
        file: item.file,
        line: lineOf(item, ["changes", 0]),
        field: "changes.0",
        message: notRecorded("this change note is"),
        hint: runRecorder,
      });
    }
  }
  return states;
}
