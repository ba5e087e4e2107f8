import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readPublishedFiles } from "@/lib/content/git";
import { loadContent, type LoadOptions, type LoadResult } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";

/*
 * Each test starts from a minimal valid content set (one industry listing two roles, with one path pattern),
 * changes one or two files, and checks that loading is refused with a problem naming the file, line and field.
 * The files are written to <tmp>/content/... and loaded with <tmp> as the project root, so that problems name
 * them as content/industries/health.md and content/roles/clinical-coder.md, as on a real checkout.
 */

export const INDUSTRY = "industries/health.md";
export const CODER = "roles/clinical-coder.md";
export const ANALYST = "roles/data-analyst.md";

export const lines = (...text: string[]) => `${text.join("\n")}\n`;

/** The valid set. Line numbers in the expectations below refer to these texts. */
export const VALID: Readonly<Record<string, string>> = {
  [INDUSTRY]: lines(
    "---", //                                               1
    "name: Health", //                                      2
    "slug: health", //                                      3
    "summary: Health data and clinical coding roles.", //   4
    "pathPatterns:", //                                     5
    "  - from: Customer service", //                        6
    "    to: clinical-coder", //                            7
    "    description: Service roles teach care.", //        8
    "roles:", //                                            9
    "  - clinical-coder", //                                10
    "  - data-analyst", //                                  11
    "---", //                                               12
    "Health informatics roles are growing.", //             13
  ),
  [CODER]: lines(
    "---", //                                                        1
    "title: Clinical Coder", //                                      2
    "slug: clinical-coder", //                                       3
    "industry: health", //                                           4
    "summary: A Clinical Coder turns health records into codes.", // 5
    "skills:", //                                                    6
    "  - Attention to detail", //                                    7
    "---", //                                                        8
    "## What the work involves", //                                  9
    "", //                                                           10
    "Reviewing medical notes and assigning codes.", //               11
  ),
  [ANALYST]: lines(
    "---", //                                                 1
    "title: Data Analyst", //                                 2
    "slug: data-analyst", //                                  3
    "industry: health", //                                    4
    "summary: A Data Analyst analyses clinical data.", //     5
    "---", //                                                 6
    "## What the work involves", //                           7
    "", //                                                    8
    "Querying clinical databases.", //                        9
  ),
};

/** The valid text of `file` with `find` replaced; fails loudly if `find` is not there, so no test goes stale. */
export function edit(file: string, find: string, replace: string): string {
  const text = VALID[file];
  if (text === undefined || !text.includes(find)) throw new Error(`${file} has no "${find}" to edit`);
  return text.replace(find, replace);
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Every page carries review dates and its change notes. They are added to each file just before its closing ---
 * (review dates unless the file has `lastReviewed:`, the "First published." note unless it has `changes:`), so
 * the line numbers in the texts above hold for front-matter fields, and body lines move down by five:
 * clinical-coder.md has lastReviewed on 8, nextReviewDue on 9, changes on 10 to 12 and its body from 14.
 */
const REVIEW = "lastReviewed: 2026-11-25\nnextReviewDue: 2027-05-25\n";
export const FIRST_PUBLISHED = "changes:\n  - date: 2026-11-25\n    note: First published.\n";
export function withRequiredFields(text: string): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  if (!text.startsWith(`---${eol}`, start) || text.startsWith(`---${eol}-`, start)) return text;
  const close = text.indexOf(`${eol}---`, start + 3);
  // Leave front matter with no fields at all as it is: that is what such a test is about.
  if (close < 0 || close === start + 3) return text;
  const frontMatter = text.slice(start, close + eol.length);
  const added =
    (frontMatter.includes("lastReviewed:") ? "" : REVIEW) + (/^changes\s*:/m.test(frontMatter) ? "" : FIRST_PUBLISHED);
  const at = close + eol.length;
  return `${text.slice(0, at)}${added.replace(/\n/g, eol)}${text.slice(at)}`;
}

/** The day the tests take as today, so that no review falls overdue as time passes. */
export const TODAY = "2026-11-26";

/** Writes the valid set with `changes` applied (a file's new text, or null to leave it out) to a new folder. */
export function writeContent(changes: Record<string, string | null> = {}): { root: string; contentDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "careers-content-"));
  tempDirs.push(root);
  const contentDir = path.join(root, "content");
  fs.mkdirSync(path.join(contentDir, "industries"), { recursive: true });
  fs.mkdirSync(path.join(contentDir, "roles"), { recursive: true });
  for (const [file, text] of Object.entries({ ...VALID, ...changes })) {
    if (text !== null) writeFile(contentDir, file, text);
  }
  return { root, contentDir };
}

/** Writes one file of a content folder (a markdown file with its review dates and notes added, as above). */
export function writeFile(contentDir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
  fs.writeFileSync(path.join(contentDir, file), file.endsWith(".md") ? withRequiredFields(text) : text);
}

/** Writes the valid set with `changes` applied and loads it, with TODAY as today. */
export function load(changes: Record<string, string | null> = {}, options: LoadOptions = {}): LoadResult {
  const { root, contentDir } = writeContent(changes);
  return loadContent(contentDir, root, { today: TODAY, ...options });
}

/** Loads the changed set, checks it is refused, and returns its problems as `npm run content:check` prints them. */
export function problemsOf(changes: Record<string, string | null>, options: LoadOptions = {}): string[] {
  const result = load(changes, options);
  expect(result.content).toBeUndefined();
  return result.problems.map(formatProblem);
}

export const VALID_ROLE_HEADINGS =
  '"## What the work involves", "## Where you could work", "## Skills and knowledge", ' +
  '"## Qualifications and routes in", "## Specialisms", "## Why the work matters", "## Demand and outlook"';

/** Fields of the valid set that several tests edit. */
export const CODER_SUMMARY = "summary: A Clinical Coder turns health records into codes.";
export const ANALYST_SUMMARY = "summary: A Data Analyst analyses clinical data.";
export const BIG_PICTURE = "Health informatics roles are growing.";

/*
 * Entries of `changes` and the published version in git: those tests write the fixture's content set to a folder
 * of its own, make it a git repository whose main (and a fake origin/main) is the published version, edit it on a
 * branch as an editor would, and run the check as npm run content:check does.
 */

export type Folder = ReturnType<typeof writeContent>;
export type Note = readonly [date: string, note: string];

export const FIRST: Note = ["2026-11-25", "First published."];
export const SKILL = "  - Attention to detail";
export const NEW_SKILL = "  - Attention to detail and accuracy";

/** A file with these entries, newest first, written where its front matter ends (in place of its closing ---). */
export function withNotes(text: string, ...notes: (Note | "minor" | readonly [date: string, "minor"])[]): string {
  const end = text.indexOf("\n---\n", 3);
  if (end < 0) throw new Error("no end of front matter to add notes at");
  const list = notes
    .map((entry) =>
      entry === "minor"
        ? `  - date: ${TODAY}\n    minor: true`
        : entry[1] === "minor"
          ? `  - date: ${entry[0]}\n    minor: true`
          : `  - date: ${entry[0]}\n    note: ${entry[1]}`,
    )
    .join("\n");
  return `${text.slice(0, end + 1)}changes:\n${list}${text.slice(end)}`;
}

/** The coder's file with one skill changed: a change of the words the page shows. */
export const reworded = edit(CODER, SKILL, NEW_SKILL);

/** Git, in the folder, with nobody's own settings and a fixed author. */
export function git(folder: Folder, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: folder.root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_AUTHOR_NAME: "Editor",
      GIT_AUTHOR_EMAIL: "editor@example.invalid",
      GIT_COMMITTER_NAME: "Editor",
      GIT_COMMITTER_EMAIL: "editor@example.invalid",
    },
  });
}

/** Commits every change in the folder on the current branch. */
export function commit(folder: Folder, message = "An edit"): void {
  git(folder, "add", "-A");
  git(folder, "commit", "-q", "--allow-empty", "-m", message);
}

/**
 * Writes the fixture set with `files` applied as the published version: committed on main, which a fake
 * origin/main points at, and an editor's branch, "edit", started from it.
 */
export function published(files: Record<string, string | null> = {}): Folder {
  const folder = writeContent(files);
  git(folder, "init", "-q", "-b", "main");
  commit(folder, "Published");
  git(folder, "update-ref", "refs/remotes/origin/main", "main");
  git(folder, "checkout", "-q", "-b", "edit");
  return folder;
}

/** Applies an editor's changes to a folder's working tree (null deletes a file). */
export function change(folder: Folder, files: Record<string, string | null>): void {
  for (const [file, text] of Object.entries(files)) {
    if (text === null) fs.rmSync(path.join(folder.contentDir, file));
    else writeFile(folder.contentDir, file, text);
  }
}

/**
 * The problems npm run content:check reports on the folder after `files` are applied, with TODAY as today:
 * compared with the merge base of HEAD and origin/main, or with `base`; `ci` as when CI=true.
 */
export function check(folder: Folder, files: Record<string, string | null> = {}, options: { base?: string; ci?: boolean } = {}): string[] {
  change(folder, files);
  const published = readPublishedFiles(folder.root, folder.contentDir, { base: options.base });
  const history = { published, ci: options.ci ?? false, root: folder.root, contentDir: folder.contentDir };
  return loadContent(folder.contentDir, folder.root, { today: TODAY, history }).problems.map(formatProblem);
}

export const read = (folder: Folder, file: string) => fs.readFileSync(path.join(folder.contentDir, file), "utf8");

export const NO_NEW_ENTRY =
  'the words on this page differ from the published version (origin/main at <base>), but there is no new entry at the top of changes (add at the top of changes "- date: 2026-11-26" and under it "note: ..." (one or two sentences for readers), or "minor: true" for a typo, spelling, punctuation or formatting fix)';

/** Problems with the base's short commit id written as <base>, so that expectations can name them. */
export const withoutCommit = (problems: string[]) => problems.map((problem) => problem.replace(/ at [0-9a-f]{7}\b/g, " at <base>"));
