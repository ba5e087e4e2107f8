/**
 * `npm run content:diff`: prints "What readers will see change" (lib/content/diff.ts) as markdown: per changed page,
 * its address, its new entry (a note for readers, or a minor update) and its changed words, against the published
 * version the content check compares with. On GitHub the pull-request workflow appends it to the job summary
 * (`npm run content:diff --silent >> "$GITHUB_STEP_SUMMARY"`).
 *
 *   --base=REV   the published version to compare with (also CONTENT_BASE); by default the merge base of HEAD and
 *                origin/main (main when there is no origin), as `npm run content:check`
 *
 * Exits 0, also when there is no published version to compare with (it says why; the content check is the one that
 * fails), and 2 on an unknown option.
 */
import { runDiff } from "./diff";
import { contentDir, projectRootOf } from "./paths";

const dir = contentDir();
const result = runDiff(process.argv.slice(2), dir, projectRootOf(dir));
if (result.exitCode === 2) process.stderr.write(result.output);
else process.stdout.write(result.output);
process.exitCode = result.exitCode;
