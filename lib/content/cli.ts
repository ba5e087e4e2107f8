/**
 * `npm run content:check`: runs exactly the checks the build runs, without building the site.
 * Prints every problem as `file:line: field: message (hint)`, then a summary. Exits 1 on any problem.
 */
import path from "node:path";
import { loadContent } from "./load";
import { formatProblem } from "./problems";

const root = process.cwd();
const result = loadContent(path.join(root, "content"), root);

for (const problem of result.problems) console.log(formatProblem(problem));

const files = `${result.files} ${result.files === 1 ? "file" : "files"} checked`;
const errors = `${result.problems.length} ${result.problems.length === 1 ? "error" : "errors"}`;
console.log(`Content check: ${files}, ${errors}.`);
process.exitCode = result.problems.length > 0 ? 1 : 0;
