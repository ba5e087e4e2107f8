import fs from "node:fs";
import { industryPath, rolePath } from "../urls";
import { loadContent, readPublishedUrls } from "./load";
import { projectRootOf } from "./paths";
import { ContentError } from "./problems";

const HEADER = `# Every address this site has published. The content check fails if one of them stops working:
# a renamed page must list its old slug under redirectFrom. Add new pages with: npm run urls:record
# Never delete a line here.
`;

/** Adds the addresses of every current page to the record; returns what was added. */
export function recordPublishedUrls(dir: string, file: string): { added: string[]; total: number } {
  const result = loadContent(dir, projectRootOf(dir));
  if (!result.content) throw new ContentError(result.problems);
  // The same reader as the check's; the check reports any malformed line, so none is kept here.
  const existing = readPublishedUrls(file, projectRootOf(dir), [])?.entries.map((entry) => entry.path) ?? [];
  const live = [
    ...result.content.industries.map((industry) => industryPath(industry.slug) as string),
    ...result.content.roles.map((role) => rolePath(role.slug) as string),
  ];
  const added = live.filter((url) => !existing.includes(url));
  const all = [...new Set([...existing, ...live])].sort();
  fs.writeFileSync(file, `${HEADER}${all.join("\n")}\n`);
  return { added, total: all.length };
}
