/**
 * `npm run content:check`: runs exactly the checks the build runs, without building the site.
 *
 *   --format=text    (default) one line per problem: `file:line: field: message (hint)`, then a summary
 *   --format=github  GitHub Actions annotations, so each problem shows on its line of the pull request's diff
 *   --format=json    one JSON object with the counts and the problems, for tools
 *   --strict         warnings (such as an overdue review) fail the check too
 *   --base=REV       the published version to compare every page with (also CONTENT_BASE); by default the merge
 *                    base of HEAD and origin/main (main when there is no origin)
 *
 * Exits 1 when there is an error (or, with --strict, a warning), 0 otherwise, and 2 on a usage mistake.
 */
import { contentDir, projectRootOf } from "./paths";
import { runCheck } from "./report";

const dir = contentDir();
const result = runCheck(process.argv.slice(2), dir, projectRootOf(dir));
process.stdout.write(result.output);
process.exitCode = result.exitCode;
