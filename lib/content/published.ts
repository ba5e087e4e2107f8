import fs from "node:fs";
import { industryPath, rolePath } from "../urls";
import { loadContent } from "./load";
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
  const existing = fs.existsSync(file)
    ? fs
        .readFileSync(file, "utf8")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("#"))
    : [];
  const live = [
    ...result.content.industries.map((industry) => industryPath(industry.slug) as string),
    ...result.content.roles.map((role) => rolePath(role.slug) as string),
  ];
  const added = live.filter((url) => !existing.includes(url));
  const all = [...new Set([...existing, ...live])].sort();
  fs.writeFileSync(file, `${HEADER}${all.join("\n")}\n`);
  return { added, total: all.length };
}
