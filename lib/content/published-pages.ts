/**
 * The record of published pages, content/published-pages.json, beside the record of published addresses. For each
 * address the site has published it keeps when the page was first published, a fingerprint of the words the page
 * showed when it was last recorded, and its latest change note then. The content check compares each page with it
 * to tell whether the page's words changed without a change note; `npm run urls:record` writes it. It lives in the
 * repository, so the check needs no git history (CI may clone shallow).
 */
import fs from "node:fs";
import { z } from "zod";
import type { ContentProblem } from "./problems";
import { dateSchema } from "./schema";

export const PUBLISHED_PAGES_FILE = "published-pages.json";

/**
 * How `wordsHash` is computed (lib/content/shown-words.ts `shownWords`). A developer who changes what counts as a
 * page's words raises it; the check then asks for the record to be rewritten, and the recorder re-fingerprints
 * every page without asking for change notes.
 */
export const WORDS_FORMAT = 1;

const HASH = /^[0-9a-f]{64}$/;

const entrySchema = z.strictObject({
  /** The day the page was first published: its oldest change note when it was first recorded; never changes. */
  firstPublished: dateSchema,
  /** sha256 (hex) of the page's shown words when it was last recorded. */
  wordsHash: z.string().regex(HASH, { error: "expected 64 hexadecimal digits" }),
  /** The page's newest change note when it was last recorded. */
  lastChange: z.strictObject({ date: dateSchema, note: z.string().min(1) }),
});

const recordSchema = z.strictObject({
  $comment: z.string().optional(),
  wordsFormat: z.number().int(),
  /** By address, for example "/roles/clinical-coder". Never forgets an address. */
  pages: z.record(z.string().regex(/^\/(industries|roles)\/[a-z0-9]+(?:-[a-z0-9]+)*$/), entrySchema),
});

export type PublishedPage = z.output<typeof entrySchema>;

export interface PublishedPages {
  /** The record's path relative to the project root, for problems. */
  file: string;
  wordsFormat: number;
  pages: Record<string, PublishedPage>;
}

const COMMENT =
  "Written by npm run urls:record; do not edit by hand. For every address the site has published: the day its page " +
  "was first published, a fingerprint (sha256) of the words the page showed when last recorded, and its newest " +
  "change note then. The content check compares each page with it: CONTRIBUTING.md, 'Saying what changed'.";

/** The record as written: sorted by address, two-space indented, one field per line (so merges rarely conflict). */
export function serialisePublishedPages(pages: Record<string, PublishedPage>): string {
  const sorted = Object.fromEntries(
    Object.keys(pages)
      .sort()
      .map((key) => {
        const { firstPublished, wordsHash, lastChange } = pages[key]!;
        return [key, { firstPublished, wordsHash, lastChange: { date: lastChange.date, note: lastChange.note } }];
      }),
  );
  return `${JSON.stringify({ $comment: COMMENT, wordsFormat: WORDS_FORMAT, pages: sorted }, null, 2)}\n`;
}

const FIX = "take the file as it is on main, then run npm run urls:record again (or ask a developer)";

/**
 * Reads the record; undefined when there is none (the check then has nothing to compare with). A record that
 * cannot be read is reported as an error, so that the recorder never overwrites it and loses first-published days.
 */
export function readPublishedPages(
  absolute: string,
  file: string,
  problems: ContentProblem[],
): PublishedPages | undefined {
  if (!fs.existsSync(absolute)) return undefined;
  const text = fs.readFileSync(absolute, "utf8");
  const conflict = text.split(/\r?\n/).findIndex((line) => /^(<{7}|={7}|>{7})(\s|$)/.test(line));
  if (conflict >= 0) {
    problems.push({
      file,
      line: conflict + 1,
      field: "file",
      message: "has unresolved merge-conflict lines (<<<<<<<, =======, >>>>>>>)",
      hint: FIX,
    });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ file, field: "file", message: `is not valid JSON (${(error as Error).message})`, hint: FIX });
    return undefined;
  }
  const result = recordSchema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const address = issue.path[1];
      const line = typeof address === "string" ? text.split(/\r?\n/).findIndex((l) => l.includes(`"${address}"`)) : -1;
      problems.push({
        file,
        line: line >= 0 ? line + 1 : undefined,
        field: issue.path.length ? issue.path.map(String).join(".") : "file",
        message: issue.message,
        hint: FIX,
      });
    }
    return undefined;
  }
  return { file, wordsFormat: result.data.wordsFormat, pages: result.data.pages };
}
