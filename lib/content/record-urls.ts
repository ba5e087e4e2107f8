/**
 * `npm run urls:record`: records every page the content now publishes. Its address goes into
 * content/published-urls.txt, which never loses one (a published address must keep working, through a redirect if
 * the page moves); its first-published day, the fingerprint of its words and its newest change note go into
 * content/published-pages.json, which the content check compares pages with. A `minorChange: true` line is deleted
 * once its change is recorded. Content with errors is not recorded: the errors are listed instead.
 */
import { contentDir } from "./paths";
import { ContentError, formatProblem } from "./problems";
import { recordPublished } from "./published";
import { plural } from "../shared";


try {
  const { urls, newPages, updatedPages, minorChanges } = recordPublished(contentDir());
  console.log(
    urls.added.length > 0
      ? `Recorded ${plural(urls.added.length, "new address", "new addresses")} (${urls.total} in all): ${urls.added.join(", ")}`
      : `No new address (${urls.total} in all).`,
  );
  if (newPages.length > 0) console.log(`Recorded ${plural(newPages.length, "new page", "new pages")}: ${newPages.join(", ")}`);
  if (updatedPages.length > 0) {
    console.log(`Recorded the changes to ${plural(updatedPages.length, "page", "pages")}: ${updatedPages.join(", ")}`);
  }
  for (const file of minorChanges) console.log(`Recorded a minor change and deleted its "minorChange: true" line: ${file}`);
  if (newPages.length + updatedPages.length === 0) console.log("No page changed since it was last recorded.");
  if (urls.added.length + newPages.length + updatedPages.length > 0) {
    console.log("Commit content/published-urls.txt and content/published-pages.json with your change.");
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  const count = error.problems.length === 1 ? "this problem" : `these ${error.problems.length} problems`;
  console.error(`Nothing was recorded. Fix ${count} first:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  process.exitCode = 1;
}
