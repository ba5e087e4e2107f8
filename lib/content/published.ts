import fs from "node:fs";
import path from "node:path";
import { industryPath, rolePath } from "../shared";
import { loadContent, type LoadOptions } from "./load";
import { projectRootOf } from "./paths";
import { ContentError, isError } from "./problems";
import {
  PUBLISHED_PAGES_FILE,
  readPublishedPages,
  serialisePublishedPages,
  type PublishedPage,
} from "./published-pages";
import { PUBLISHED_URLS_FILE, readPublishedUrls } from "./published-urls";

const HEADER = `# Every address this site has published. The content check fails if one of them stops working:
# a renamed page must list its old slug under redirectFrom. Add new pages with: npm run urls:record
# Never delete a line here.
`;

export interface Recorded {
  /** Addresses added to content/published-urls.txt, and how many it now holds. */
  urls: { added: string[]; total: number };
  /** Pages recorded for the first time in content/published-pages.json. */
  newPages: string[];
  /** Pages whose words or newest change note changed since they were last recorded. */
  updatedPages: string[];
  /** Files whose `minorChange: true` line was deleted, its change recorded. */
  minorChanges: string[];
}

/** `minorChange: true` as a line of front matter, with an optional comment. */
const MINOR_CHANGE_LINE = /^minorChange\s*:\s*(?:true|True|TRUE)\s*(?:#.*)?$/;

/** Deletes the `minorChange: true` line (1-based) of a content file, keeping its line endings. */
function deleteMinorChangeLine(absolute: string, line: number, file: string): void {
  const text = fs.readFileSync(absolute, "utf8");
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const index = line - 1;
  if (!MINOR_CHANGE_LINE.test((lines[index] ?? "").replace(/^\uFEFF/, "").trim())) {
    throw new Error(`${file}:${line}: could not find the line "minorChange: true" to delete: delete it yourself`);
  }
  lines.splice(index, 1);
  fs.writeFileSync(absolute, lines.join(eol));
}

/**
 * `npm run urls:record`. Adds the address of every current page to content/published-urls.txt, and records every
 * page in content/published-pages.json: its first-published day (kept once set; for a new page, the day of its
 * oldest change note, or that of the page it was renamed from), the fingerprint of its words and its newest change
 * note. Neither record ever forgets a page. A `minorChange: true` line, once its change is recorded, is deleted.
 *
 * It refuses, writing nothing, when the content has errors, among them a page whose words changed with neither
 * a new change note nor a minor-change mark: recording that would let the change pass unnoted.
 */
export function recordPublished(dir: string, options: Omit<LoadOptions, "pageRecord"> = {}): Recorded {
  const root = projectRootOf(dir);
  const result = loadContent(dir, root, { ...options, pageRecord: "record" });
  if (!result.content || !result.pages) throw new ContentError(result.problems.filter(isError));

  // The same reader as the check's; the check reports any malformed line, so none is kept here.
  const urlsFile = path.join(dir, PUBLISHED_URLS_FILE);
  const existing = readPublishedUrls(urlsFile, root, [])?.entries.map((entry) => entry.path) ?? [];
  const live = [
    ...result.content.industries.map((industry) => industryPath(industry.slug) as string),
    ...result.content.roles.map((role) => rolePath(role.slug) as string),
  ];
  const added = live.filter((url) => !existing.includes(url));
  const all = [...new Set([...existing, ...live])].sort();

  // The loader refused an unreadable record above, so this reads it whole.
  const pagesFile = path.join(dir, PUBLISHED_PAGES_FILE);
  const pages: Record<string, PublishedPage> = { ...readPublishedPages(pagesFile, PUBLISHED_PAGES_FILE, [])?.pages };
  const recorded: Recorded = { urls: { added, total: all.length }, newPages: [], updatedPages: [], minorChanges: [] };
  for (const page of result.pages) {
    const newest = page.changes[0]!;
    const before = pages[page.path];
    const firstPublished =
      page.recorded?.firstPublished ?? page.changes.map((change) => change.date).reduce((a, b) => (b < a ? b : a));
    const entry: PublishedPage = { firstPublished, wordsHash: page.wordsHash, lastChange: { ...newest } };
    if (!before) recorded.newPages.push(page.path);
    else if (
      before.firstPublished !== entry.firstPublished ||
      before.wordsHash !== entry.wordsHash ||
      before.lastChange.date !== newest.date ||
      before.lastChange.note !== newest.note
    ) {
      recorded.updatedPages.push(page.path);
    }
    pages[page.path] = entry;
  }

  fs.writeFileSync(urlsFile, `${HEADER}${all.join("\n")}\n`);
  fs.writeFileSync(pagesFile, serialisePublishedPages(pages));
  for (const page of result.pages) {
    if (page.minorChangeLine === undefined) continue;
    deleteMinorChangeLine(path.join(root, page.file), page.minorChangeLine, page.file);
    recorded.minorChanges.push(page.file);
  }
  return recorded;
}
