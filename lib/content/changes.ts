/**
 * Public change notes (`changes` in every page's front matter, newest first) and the rules that keep them honest:
 * the notes themselves (real dates, none in the future, newest first, no note twice), and, against the record of
 * published pages (content/published-pages.json), that a page whose words changed says so in a new note or is
 * marked as a minor change, and that the record is brought up to date in the same pull request.
 */
import { pathOf, type CheckedFile } from "./checked-file";
import { formatDate } from "./dates";
import type { ContentProblem } from "./problems";
import { WORDS_FORMAT, type PublishedPage, type PublishedPages } from "./published-pages";
import type { Change } from "./schema";
import { wordsHash, type SlugNames } from "./shown-words";
import { fieldLine as lineOf, writtenDay } from "./yaml-lines";

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

/** The record, and how a page is compared with it. */
interface Comparison {
  record: PublishedPages;
  mode: "check" | "record";
  /** Whether the record's fingerprints were computed as this check computes them. */
  comparable: boolean;
  /** References to other pages as the record knows them (renamed pages under their recorded slug). */
  asRecorded: SlugNames;
  problems: ContentProblem[];
}

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
  const recordedSlug = recordedSlugs(items, record);
  const comparable = record?.wordsFormat === WORDS_FORMAT;
  if (record && !comparable && mode === "check") {
    problems.push({
      file: record.file,
      field: "wordsFormat",
      message: `was written by another version of the check (wordsFormat ${record.wordsFormat}; this one uses ${WORDS_FORMAT})`,
      hint: "a developer runs npm run urls:record, in a pull request of its own",
    });
  }
  const states = items.map((item) => pageState(item, record, recordedSlug));
  if (!record) return states;
  const asRecorded: SlugNames = {
    role: (slug) => recordedSlug("roles", slug) ?? slug,
    industry: (slug) => recordedSlug("industries", slug) ?? slug,
  };
  const comparison: Comparison = { record, mode, comparable, asRecorded, problems };
  items.forEach((item, index) => comparePage(item, states[index]!, comparison));
  return states;
}

/** The slug under which the record knows a page: its own, or (renamed, not yet recorded) an old one. */
function recordedSlugs(
  items: CheckedFile[],
  record: PublishedPages | undefined,
): (kind: CheckedFile["kind"], slug: string) => string | undefined {
  const live = {
    industries: new Map(items.filter((item) => item.kind === "industries").map((item) => [item.data.slug, item])),
    roles: new Map(items.filter((item) => item.kind === "roles").map((item) => [item.data.slug, item])),
  };
  return (kind, slug) => {
    if (!record) return undefined;
    if (record.pages[pathOf(kind, slug)]) return slug;
    return live[kind].get(slug)?.data.redirectFrom.find((old) => record.pages[pathOf(kind, old)]);
  };
}

/** Where the check stands on one page: what the recorder writes, and its entry in the record. */
function pageState(
  item: CheckedFile,
  record: PublishedPages | undefined,
  recordedSlug: (kind: CheckedFile["kind"], slug: string) => string | undefined,
): PageState {
  const slug = recordedSlug(item.kind, item.data.slug);
  const recorded = slug === undefined ? undefined : record?.pages[pathOf(item.kind, slug)];
  const { changes, minorChange } = item.data;
  return {
    path: pathOf(item.kind, item.data.slug),
    file: item.file,
    wordsHash: wordsHash(item),
    changes,
    minorChangeLine: minorChange ? lineOf(item, ["minorChange"]) : undefined,
    recorded,
  };
}

const runRecorder = (record: PublishedPages) => `run npm run urls:record, then commit ${record.file} with your change`;
const notRecorded = (what: string, record: PublishedPages) => `${what} not yet recorded in ${record.file}`;

/** One page against its entry in the record: its notes, whether its words changed, and whether that is recorded. */
function comparePage(item: CheckedFile, state: PageState, { record, mode, comparable, asRecorded, problems }: Comparison): void {
  const { recorded } = state;
  const changesLine = lineOf(item, ["changes"]);
  if (!recorded) {
    if (mode === "check") {
      problems.push({
        file: item.file,
        line: changesLine,
        field: "changes",
        message: notRecorded("this page is", record),
        hint: runRecorder(record),
      });
    }
    return;
  }
  checkNotesAfterFirstPublished(item, recorded, problems);

  const { changes, minorChange } = item.data;
  const wordsChanged = comparable && wordsHash(item, asRecorded) !== recorded.wordsHash;
  // Where the newest recorded note is now: notes above it are new. Matched by its day if its text was corrected.
  let position = changes.findIndex((change) => sameNote(change, recorded.lastChange));
  if (position < 0) position = changes.findIndex((change) => change.date === recorded.lastChange.date);

  if (wordsChanged && !minorChange && position < 1) {
    problems.push(noNewNoteProblem(item, recorded, changesLine, position < 0));
    return;
  }
  if (mode === "record") return;
  const newestIsRecorded = changes[0] !== undefined && sameNote(changes[0], recorded.lastChange);
  const problem = notUpToDateProblem(item, state, record, wordsChanged, comparable, newestIsRecorded);
  if (problem) problems.push(problem);
}

/** No change note can be older than the page. */
function checkNotesAfterFirstPublished(item: CheckedFile, recorded: PublishedPage, problems: ContentProblem[]): void {
  item.data.changes.forEach((change, index) => {
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
}

/** The words changed with no new note above the one last published; `lost`: that note is not in the list either. */
function noNewNoteProblem(item: CheckedFile, recorded: PublishedPage, line: number | undefined, lost: boolean): ContentProblem {
  return {
    file: item.file,
    line,
    field: "changes",
    message: lost
      ? `the words on this page changed since it was last published, but there is no new change note, and the note last published (${formatDate(recorded.lastChange.date)}: "${recorded.lastChange.note}") is no longer in the list`
      : "the words on this page changed since it was last published, but there is no new change note",
    hint: lost
      ? "put that note back as it was and add a new note above it, or, for a typo only, add the line minorChange: true; then run npm run urls:record"
      : "add a note at the top of changes, with today's date and one or two sentences for readers, or, for a typo only, add the line minorChange: true; then run npm run urls:record",
  };
}

/** For the check only: a minor change, or a new note, that the record does not have yet; or a needless mark. */
function notUpToDateProblem(
  item: CheckedFile,
  state: PageState,
  record: PublishedPages,
  wordsChanged: boolean,
  comparable: boolean,
  newestIsRecorded: boolean,
): ContentProblem | undefined {
  const { minorChange } = item.data;
  if (minorChange && wordsChanged) {
    return {
      file: item.file,
      line: state.minorChangeLine,
      field: "minorChange",
      message: notRecorded("this minor change is", record),
      hint: `run npm run urls:record: it records the change and deletes this line; then commit ${record.file} and this file`,
    };
  } else if (minorChange && comparable) {
    return {
      file: item.file,
      line: state.minorChangeLine,
      field: "minorChange",
      message: "marked as a minor change, but the words on this page are the same as when it was last published",
      hint: "delete this line",
    };
  } else if (wordsChanged || !newestIsRecorded) {
    return {
      file: item.file,
      line: lineOf(item, ["changes", 0]),
      field: "changes.0",
      message: notRecorded("this change note is", record),
      hint: runRecorder(record),
    };
  }
  return undefined;
}
