/**
 * The record of every address the site has published, content/published-urls.txt: one path per line, which the
 * address check (checks.ts `checkAddresses`) holds to and `npm run urls:record` (published.ts) adds to.
 */
import fs from "node:fs";
import type { ContentProblem } from "./problems";
import { projectPath } from "./read-files";

/** The record of every URL the site has published, which the check compares against. */
export const PUBLISHED_URLS_FILE = "published-urls.txt";

export interface PublishedUrls {
  file: string;
  entries: { path: string; line: number }[];
}

/** Reads the record of published URLs: one path per line; blank lines and lines starting with # are ignored. */
export function readPublishedUrls(absolute: string, projectRoot: string, problems: ContentProblem[]): PublishedUrls | undefined {
  if (!fs.existsSync(absolute)) return undefined;
  const file = projectPath(projectRoot, absolute);
  const entries: PublishedUrls["entries"] = [];
  fs.readFileSync(absolute, "utf8")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (!line || line.startsWith("#")) return;
      if (!/^\/(industries|roles)\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(line)) {
        problems.push({
          file,
          line: index + 1,
          field: line,
          message: "expected an address such as /roles/clinical-coder",
          hint: "one address per line; run npm run urls:record to rewrite the file",
        });
        return;
      }
      entries.push({ path: line, line: index + 1 });
    });
  return { file, entries };
}
