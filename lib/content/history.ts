/**
 * Every page against its published version in git (git.ts): history only grows, a change of the words a page
 * shows gets a new entry at the top of `changes` (a note for readers, or `minor: true` for a typo), and an address
 * the published version served is still served. The site never runs these: only the content check does, which
 * is all an editor's pull request needs (CONTRIBUTING.md, "Saying what changed").
 */
import fs from "node:fs";
import path from "node:path";
import { pathOf, type CheckedFile } from "./checked-file";
import { formatDate } from "./dates";
import type { NoBase, PublishedFiles } from "./git";
import type { ContentProblem } from "./problems";
import { readText } from "./read-files";
import { glossaryTermSchema, industrySchema, roleSchema, type Change } from "./schema";
import { shownWords, type SlugNames } from "./shown-words";
import { validate } from "./validate";
import { fieldLine as lineOf } from "./yaml-lines";

export interface HistoryCheck {
  /** The published version, or why there is none. */
  published: PublishedFiles | NoBase;
  /** In CI a missing base is an error (as when a base was named); elsewhere a warning, and the rules are skipped. */
  ci: boolean;
  /** The project root, against which content files are named. */
  root: string;
  /** The content folder, for naming it in a problem about the base. */
  contentDir: string;
}

/** A page as published: its address, history and shown words. */
export interface PublishedPage {
  kind: CheckedFile["kind"];
  file: string;
  slug: string;
  redirectFrom: string[];
  changes: Change[];
  words: string;
}

const KINDS: Record<string, CheckedFile["kind"]> = { industries: "industries", roles: "roles", glossary: "glossary" };
const SCHEMAS = { industries: industrySchema, roles: roleSchema, glossary: glossaryTermSchema };

/** Reads a published file as the check reads the page; its fields as written when they no longer validate. */
export function publishedPage(file: string, text: string): PublishedPage | undefined {
  const kind = KINDS[path.posix.basename(path.posix.dirname(file))];
  const parsed = kind && readText(text, file, []);
  if (!kind || !parsed) return undefined;
  const data = (validate(SCHEMAS[kind], parsed, []) ?? parsed.raw) as Record<string, unknown>;
  if (!data || typeof data !== "object") return undefined;
  const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  const changes = (Array.isArray(data.changes) ? data.changes : []).map((entry: Record<string, unknown>) => ({
    date: day(entry?.date),
    ...(typeof entry?.note === "string" ? { note: entry.note.trim() } : {}),
    ...(entry?.minor === true ? { minor: true as const } : {}),
  }));
  const redirectFrom = Array.isArray(data.redirectFrom) ? data.redirectFrom.map(String) : [];
  return { kind, file, slug: parsed.fileSlug, redirectFrom, changes, words: shownWords({ kind, data, body: parsed.body }) };
}

/** Two entries of a history are the same: day, note and minor mark (`b` may be missing: never the same). */
export const sameEntry = (a: Change, b: Change | undefined) =>
  !!b && a.date === b.date && (a.note ?? "") === (b.note ?? "") && !!a.minor === !!b.minor;
const describe = (change: Change) => (change.minor ? `${change.date}, minor` : `${change.date}: "${change.note}"`);

/** Compares every page with its published version; see the file's comment. */
export function checkHistory(items: CheckedFile[], today: string, check: HistoryCheck, problems: ContentProblem[]): void {
  const { published } = check;
  if ("missing" in published) {
    problems.push(noBaseProblem(published, check));
    return;
  }
  const current = new Map(items.map((item) => [item.file, item]));
  const changed = new Map<string, PublishedPage>();
  for (const [file, text] of published.files) {
    const absolute = path.join(check.root, file);
    const onDisk = fs.existsSync(absolute);
    // Unchanged; or there but refused (its own problems come first, and it still holds its address).
    if (onDisk && (!current.has(file) || fs.readFileSync(absolute, "utf8") === text)) continue;
    const page = publishedPage(file, text);
    if (page) changed.set(`${page.kind}:${page.slug}`, page);
  }
  if (changed.size === 0) return;

  const names = publishedNames(items, published);
  for (const item of items) {
    const page = [item.data.slug, ...item.data.redirectFrom]
      .map((slug) => changed.get(`${item.kind}:${slug}`))
      .find((found) => found !== undefined);
    if (page) comparePage(item, page, { names, today, base: published.base }, problems);
  }
  checkAddressesKept(items, [...changed.values()], published, problems);
}

function noBaseProblem(published: NoBase, check: HistoryCheck): ContentProblem {
  const folder = path.relative(check.root, check.contentDir).split(path.sep).join("/") || ".";
  const required = check.ci || published.named;
  return {
    severity: required ? "error" : "warning",
    file: folder,
    field: "changes",
    message: `cannot compare the pages with their published version: ${published.missing}`,
    hint: required
      ? `${published.fetch ? `fetch it with ${published.fetch}, or ` : ""}name the published version with --base=REV (or CONTENT_BASE)`
      : "the checks of each page's new entries and published addresses were skipped; every other check ran",
  };
}

/**
 * How the published version names pages that this version renamed, so that renaming a role (which changes its
 * industry's list of roles) is not a change of the industry's words.
 */
function publishedNames(items: CheckedFile[], published: PublishedFiles): SlugNames {
  const slugs = slugsOf(published);
  const renamed = new Map<string, string>();
  for (const item of items) {
    if (slugs.has(`${item.kind}:${item.data.slug}`)) continue;
    const old = item.data.redirectFrom.find((slug) => slugs.has(`${item.kind}:${slug}`));
    if (old) renamed.set(`${item.kind}:${item.data.slug}`, old);
  }
  return {
    role: (slug) => renamed.get(`roles:${slug}`) ?? slug,
    industry: (slug) => renamed.get(`industries:${slug}`) ?? slug,
  };
}

/** The published pages as "roles:clinical-coder", "industries:healthcare-informatics". */
const slugsOf = (published: PublishedFiles) =>
  new Set([...published.files.keys()].map((file) => `${path.posix.basename(path.posix.dirname(file))}:${path.posix.basename(file, ".md")}`));

interface Comparison {
  names: SlugNames;
  today: string;
  base: string;
}

/** One page against its published version: history, new entries, words. */
function comparePage(item: CheckedFile, page: PublishedPage, { names, today, base }: Comparison, problems: ContentProblem[]): void {
  const { changes } = item.data;
  const added = changes.length - page.changes.length;
  const rewritten = historyProblem(item, page, added);
  if (rewritten) {
    problems.push(rewritten);
    return;
  }
  const newest = page.changes[0];
  changes.slice(0, added).forEach((change, index) => {
    if (newest && change.date < newest.date) {
      problems.push({
        file: item.file,
        line: lineOf(item, ["changes", index, "date"]),
        field: `changes.${index}.date`,
        message: `${change.date} is before the newest published entry (${formatDate(newest.date)})`,
        hint: `date a new entry with the day of the change, such as ${today}`,
      });
    }
  });
  const wordsChanged = shownWords(item, names) !== page.words;
  if (wordsChanged && added === 0) {
    problems.push({
      file: item.file,
      line: lineOf(item, ["changes"]),
      field: "changes",
      message: `the words on this page differ from the published version (${base}), but there is no new entry at the top of changes`,
      hint: `add at the top of changes "- date: ${today}" and under it "note: ..." (one or two sentences for readers), or "minor: true" for a typo, spelling, punctuation or formatting fix`,
    });
  }
  const minor = changes.slice(0, added).findIndex((change) => change.minor);
  if (!wordsChanged && added > 0 && changes.slice(0, added).every((change) => change.minor)) {
    problems.push({
      severity: "warning",
      file: item.file,
      line: lineOf(item, ["changes", minor, "minor"]) ?? lineOf(item, ["changes", minor]),
      field: `changes.${minor}.minor`,
      message: "a minor update, but the words on this page are the same as published: there is nothing to excuse",
      hint: "delete this entry",
    });
  }
}

/** History only grows: the published entries are all still there, unchanged, in their order, under the new ones. */
function historyProblem(item: CheckedFile, page: PublishedPage, added: number): ContentProblem | undefined {
  const { changes } = item.data;
  const lost = page.changes.findIndex((entry, index) => {
    const now = changes[added + index];
    return added < 0 || !now || !sameEntry(now, entry);
  });
  if (lost < 0) return undefined;
  const where = (index: number | undefined) => ({
    file: item.file,
    line: index === undefined ? lineOf(item, ["changes"]) : lineOf(item, ["changes", index]),
    field: index === undefined ? "changes" : `changes.${index}`,
  });
  // Every published entry is there, in order: a new one was put below the newest published entry.
  const positions = page.changes.map((entry) => changes.findIndex((now) => sameEntry(now, entry)));
  if (positions.every((position, index) => position >= 0 && (index === 0 || position > positions[index - 1]!))) {
    const below = changes.findIndex((now, index) => index > positions[0]! && !page.changes.some((entry) => sameEntry(now, entry)));
    return {
      ...where(below),
      message: `a new entry (${describe(changes[below]!)}) below the published ones: a new entry goes at the top of changes`,
      hint: `move it above the entry of ${page.changes[0]!.date}`,
    };
  }
  const entry = page.changes[lost]!;
  const moved = changes.findIndex((now) => sameEntry(now, entry));
  const at = moved >= 0 ? moved : added + lost >= 0 && added + lost < changes.length ? added + lost : undefined;
  return {
    ...where(at),
    message: `the published entry (${describe(entry)}) was ${moved >= 0 ? "moved" : at === undefined ? "removed" : "changed"}: published entries stay as they are, in their order`,
    hint: "put it back as published; for a new change, add a new entry at the top of changes",
  };
}

/** Every address the published version served (a slug or an old slug under `redirectFrom`) is still served. */
function checkAddressesKept(items: CheckedFile[], pages: PublishedPage[], published: PublishedFiles, problems: ContentProblem[]): void {
  const { base } = published;
  const served = new Set(items.flatMap((item) => [item.data.slug, ...item.data.redirectFrom].map((slug) => pathOf(item.kind, slug))));
  const byFile = new Map(items.map((item) => [item.file, item]));
  const publishedSlugs = slugsOf(published);
  for (const page of pages) {
    for (const slug of [page.slug, ...page.redirectFrom]) {
      const address = pathOf(page.kind, slug);
      if (served.has(address)) continue;
      const still = byFile.get(page.file);
      const newPages = items.filter(
        (item) =>
          item.kind === page.kind &&
          !publishedSlugs.has(`${item.kind}:${item.data.slug}`) &&
          !item.data.redirectFrom.some((old) => publishedSlugs.has(`${item.kind}:${old}`)),
      );
      problems.push({
        file: still ? still.file : page.file,
        line: still ? (lineOf(still, ["redirectFrom"]) ?? lineOf(still, ["slug"])) : undefined,
        field: still ? "redirectFrom" : "slug",
        message: `${address} is published (${base}), but no page serves it any more: links and bookmarks to it would break`,
        hint: still
          ? `keep "${slug}" under redirectFrom`
          : newPages.length === 1
            ? `if ${newPages[0]!.file} is this page renamed, add "redirectFrom: [${slug}]" to it; to remove a page for good, ask a developer to decide where its address leads`
            : `if the page was renamed, add "redirectFrom: [${slug}]" to its new file; to remove a page for good, ask a developer to decide where its address leads`,
      });
    }
  }
}
