/**
 * npm run feedback:report
 *
 * Prints a markdown summary of readers' feedback, to paste into an issue or a pull request: per page the share of
 * Yes (last 30 days and all time) and the number of answers, then each page's newest problem reports, then the
 * most searched queries that found nothing in the last 30 days. Reads the store the environment names
 * (DATABASE_URL, else DATA_DIR); with the embedded store, stop the site first.
 */
import { feedbackReportMarkdown, readInbox } from "./inbox";
import { searchMissesMarkdown } from "./search-misses";
import { contentPages, runWithStore } from "../feedback";
import { getSiteUrl } from "../shared";

runWithStore(async (store) => {
  const now = new Date();
  const { summary, reports, searchMisses } = await readInbox(store, contentPages(), { now });
  process.stdout.write(feedbackReportMarkdown(summary, reports, { now, siteUrl: getSiteUrl().href }));
  process.stdout.write(`\n${searchMissesMarkdown(searchMisses)}`);
  return 0;
}, "Nothing was read. Stop the site first, then run the report again.");
