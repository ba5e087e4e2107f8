/**
 * `npm run content:diff`: "What readers will see change", as markdown for a pull request's job summary. Every
 * page now is compared with its published version in git (git.ts, the same base as the content check), read the
 * way the check reads both (history.ts's `publishedPage`), so a page is listed when the check sees a change of its
 * words or history: its address, its new entries (a note for readers, or a minor update) and its changed words
 * (diff-lines.ts, diff-words.ts). New, renamed and removed pages are listed too. The check, not this, fails.
 */
import fs from "node:fs";
import path from "node:path";
import { pathOf } from "./checked-file";
import { formatDate } from "./dates";
import { changedLines, readableLines } from "./diff-lines";
import { escapeMarkdown } from "./diff-words";
import { readPublishedFiles, type NoBase, type PublishedFiles } from "./git";
import { publishedPage, sameEntry, type PublishedPage } from "./history";
import { listMarkdown, projectPath, readText } from "./read-files";
import type { Change } from "./schema";
import { shownWords, type SlugNames } from "./shown-words";

/** Changed passages shown per page before "…and N more changed passages". */
export const PASSAGES_PER_PAGE = 10;
/** Pages shown in full before the rest are only named. */
export const PAGES_SHOWN = 50;

const TITLE = "## What readers will see change";

/** A page as the check reads it, with its shown fields and its body as written, to show its words as lines. */
interface Page extends PublishedPage {
  fields: Record<string, unknown>;
  body: string;
}

function readPage(file: string, text: string): Page | undefined {
  const page = publishedPage(file, text);
  const parsed = page && readText(text, file, []);
  if (!page || !parsed) return undefined;
  return { ...page, fields: (JSON.parse(page.words) as { fields: Record<string, unknown> }).fields, body: parsed.body };
}

/** The page's shown words with other pages' slugs written as published (renames), as the check compares them. */
function asPublished(page: Page, names: SlugNames): Page {
  const { fields, body } = JSON.parse(page.words) as { fields: Record<string, unknown>; body: string };
  const words = shownWords({ kind: page.kind, data: fields, body }, names);
  return { ...page, words, fields: (JSON.parse(words) as { fields: Record<string, unknown> }).fields };
}

const key = (kind: string, slug: string) => `${kind}:${slug}`;

/** "3 December 2026", or the date as written when it is not a calendar day (the check reports that). */
const dayOf = (date: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? formatDate(date) : escapeMarkdown(date);

function entryLine(entry: Change): string {
  if (!entry.minor) return `New entry, ${dayOf(entry.date)}: "${escapeMarkdown(entry.note ?? "")}" (shown to readers)`;
  const note = entry.note ? `; for reviewers: "${escapeMarkdown(entry.note)}"` : "";
  return `Minor update, ${dayOf(entry.date)} (not shown to readers${note})`;
}

/** A page's section of the summary, and its address for the list of pages not shown in full. */
interface Section {
  address: string;
  paragraphs: string[];
}

const heading = (address: string, file: string) => `### ${escapeMarkdown(address)} (${escapeMarkdown(file)})`;

/** The new entries, and whether the published ones are still there as published (the check says how if not). */
function entriesOf(now: Change[], before: Change[]): string[] {
  const added = now.length - before.length;
  const kept = added >= 0 && before.every((entry, index) => sameEntry(entry, now[added + index]));
  const entries = kept ? now.slice(0, added) : now.filter((entry) => !before.some((old) => sameEntry(old, entry)));
  const lines = entries.map(entryLine);
  return kept ? lines : [...lines, "The published history was changed: the content check says how."];
}

/** The passages of a page's changed words, capped. */
function wordsOf(page: Page, old: Page): string[] {
  const passages = changedLines(readableLines(old.fields, old.body), readableLines(page.fields, page.body));
  if (passages.length === 0) return ["The words changed only in their spacing or formatting."];
  const more = passages.length - PASSAGES_PER_PAGE;
  const list = passages.slice(0, PASSAGES_PER_PAGE).map((passage) => `- ${passage}`);
  return [list.join("\n"), ...(more > 0 ? [`…and ${more} more changed passages on this page.`] : [])];
}

/** One current page against its published version (none when it is new); undefined when nothing changed. */
function pageSection(page: Page, old: Page | undefined, served: Set<string>): Section | undefined {
  const address = pathOf(page.kind, page.slug);
  const paragraphs: string[] = [heading(address, page.file)];
  if (!old) {
    const title = page.fields.title ?? page.fields.name;
    paragraphs.push(`New page${typeof title === "string" ? `: ${escapeMarkdown(title)}` : ""}.`, ...entriesOf(page.changes, []));
    return { address, paragraphs };
  }
  const from = pathOf(old.kind, old.slug);
  if (from !== address) {
    paragraphs.push(`Renamed: ${escapeMarkdown(from)} → ${escapeMarkdown(address)} (the old address redirects to the new one).`);
  }
  const lost = [old.slug, ...old.redirectFrom].map((slug) => pathOf(old.kind, slug)).filter((gone) => !served.has(gone));
  paragraphs.push(...lost.map((gone) => `No page serves ${escapeMarkdown(gone)} any more.`));
  const history =
    page.changes.length !== old.changes.length || page.changes.some((entry, index) => !sameEntry(entry, old.changes[index]));
  const changed = page.words !== old.words;
  if (!changed && !history && paragraphs.length === 1) return undefined;
  const entries = entriesOf(page.changes, old.changes);
  paragraphs.push(...entries);
  if (!changed) paragraphs.push("The words readers see are unchanged.");
  else {
    if (entries.length === 0) paragraphs.push("No new entry: the content check will ask for one.");
    paragraphs.push(...wordsOf(page, old));
  }
  return { address, paragraphs };
}

/** How the published version names the pages this version renamed (as the check's `publishedNames`). */
function namesOf(pages: Page[], published: Map<string, Page>): SlugNames {
  const renamed = new Map<string, string>();
  for (const page of pages) {
    if (published.has(key(page.kind, page.slug))) continue;
    const old = page.redirectFrom.find((slug) => published.has(key(page.kind, slug)));
    if (old) renamed.set(key(page.kind, page.slug), old);
  }
  return {
    role: (slug) => renamed.get(key("roles", slug)) ?? slug,
    industry: (slug) => renamed.get(key("industries", slug)) ?? slug,
  };
}

/** Every changed page's section: current pages in file order, then removed pages, then unreadable files. */
function sectionsOf(published: PublishedFiles, current: Map<string, string>): Section[] {
  const before = new Map<string, Page>();
  for (const [file, text] of published.files) {
    const page = readPage(file, text);
    if (page) before.set(key(page.kind, page.slug), page);
  }
  const read = [...current].map(([file, text]) => ({ file, text, page: readPage(file, text) }));
  const pages = read.flatMap((entry) => (entry.page ? [entry.page] : []));
  const names = namesOf(pages, before);
  const served = new Set(pages.flatMap((page) => [page.slug, ...page.redirectFrom].map((slug) => pathOf(page.kind, slug))));
  const matched = new Set<Page>();
  const sections: Section[] = [];
  for (const page of pages) {
    const old = [page.slug, ...page.redirectFrom]
      .map((slug) => before.get(key(page.kind, slug)))
      .find((found) => found !== undefined);
    if (old) matched.add(old);
    const section = pageSection(asPublished(page, names), old, served);
    if (section) sections.push(section);
  }
  for (const old of before.values()) {
    if (matched.has(old)) continue;
    const address = pathOf(old.kind, old.slug);
    const removed = `Removed: no page serves ${escapeMarkdown(address)} any more.`;
    sections.push({ address, paragraphs: [heading(address, old.file), removed] });
  }
  for (const { file, text, page } of read) {
    if (page || published.files.get(file) === text) continue;
    sections.push({ address: file, paragraphs: [`### ${escapeMarkdown(file)}`, "Cannot be read: the content check says why."] });
  }
  return sections;
}

/**
 * The summary, as markdown: a pure function of the published files (or why there are none) and the current files,
 * both by path from the project root ("content/roles/clinical-coder.md").
 */
export function renderSummary(published: PublishedFiles | NoBase, current: Map<string, string>): string {
  if ("missing" in published) {
    const command = published.fetch?.replace(/`/g, "");
    const fetch = command ? ` Fetch it with \`${command}\`, or name it with --base=REV.` : "";
    return `${TITLE}\n\nCannot compare the pages with their published version: ${escapeMarkdown(published.missing)}.${fetch}\n`;
  }
  const sections = sectionsOf(published, current);
  const paragraphs = [TITLE, `Compared with ${escapeMarkdown(published.base)}.`];
  if (sections.length === 0) paragraphs.push("No page's words changed.");
  paragraphs.push(...sections.slice(0, PAGES_SHOWN).flatMap((section) => section.paragraphs));
  const rest = sections.slice(PAGES_SHOWN);
  if (rest.length > 0) {
    paragraphs.push(`…and ${rest.length} more changed pages: ${rest.map((section) => escapeMarkdown(section.address)).join(", ")}.`);
  }
  return `${paragraphs.join("\n\n")}\n`;
}

/** The content files now: the markdown files directly in industries/ and roles/, as the check reads them. */
export function readCurrentFiles(root: string, contentDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of ["industries", "roles"]) {
    for (const absolute of listMarkdown(path.join(contentDir, kind))) {
      files.set(projectPath(root, absolute), fs.readFileSync(absolute, "utf8"));
    }
  }
  return files;
}

/** Parses the command line (`--base=REV`, else CONTENT_BASE, as the content check) and renders the summary. */
export function runDiff(
  args: string[],
  contentDir: string,
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { output: string; exitCode: number } {
  let base = env.CONTENT_BASE;
  for (const arg of args) {
    const match = /^--base=(.+)$/.exec(arg);
    if (!match) return { output: `Unknown option ${arg}. Use --base=REV (or CONTENT_BASE=REV).\n`, exitCode: 2 };
    base = match[1];
  }
  const published = readPublishedFiles(root, contentDir, { base });
  return { output: renderSummary(published, readCurrentFiles(root, contentDir)), exitCode: 0 };
}
