/**
 * npm run feedback:report
 *
 * Prints a markdown summary of readers' feedback, to paste into an issue or a pull request: per page the share of
 * Yes (last 30 days and all time) and the number of answers, then each page's newest problem reports. Reads the
 * store the environment names (DATABASE_URL, else DATA_DIR); with the embedded store, stop the site first.
 */
import { feedbackReportMarkdown, readInbox } from "../admin/inbox";
import { contentPages } from "../admin/pages";
import { getSiteUrl } from "../site";
import { StoreLockedError } from "./lock";
import { openStore, storeConfigFromEnv } from "./store";

async function main(): Promise<number> {
  let store;
  try {
    store = await openStore(storeConfigFromEnv());
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof StoreLockedError) console.error("Nothing was read. Stop the site first, then run the report again.");
    return 1;
  }
  try {
    const now = new Date();
    const { summary, reports } = await readInbox(store, contentPages(), { now });
    process.stdout.write(feedbackReportMarkdown(summary, reports, { now, siteUrl: getSiteUrl().href }));
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
