/**
 * npm run feedback:purge
 *
 * Deletes every answer, and every daily count of searches with no results, older than FEEDBACK_RETENTION_DAYS
 * (default 365) days from the store the environment names (DATABASE_URL, else the embedded store in DATA_DIR),
 * and says how many it deleted. The running site does the same by itself, on start and once a day
 * (lib/feedback/start.ts); this is for a site that is stopped, or to purge a PostgreSQL database at once after
 * lowering the setting.
 *
 * The embedded store serves one process: while the site runs on it, this refuses (exit 1) and touches nothing.
 */
import { runWithStore } from "./command";
import { purgeOldAnswers, purgeOldSearchMisses, retentionCutoff, retentionDaysFromEnv, searchMissCutoffDay } from "./retention";
import { plural } from "../shared";

const USAGE =
  "Usage: npm run feedback:purge (deletes answers older than FEEDBACK_RETENTION_DAYS days, default 365, from DATABASE_URL or DATA_DIR)";


/** The retention setting, or null (with the message printed and exit code 2) when it is missing or wrong. */
function retentionDays(): number | null {
  try {
    return retentionDaysFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return null;
  }
}

const args = process.argv.slice(2);
if (args.includes("--help")) {
  process.stdout.write(`${USAGE}\n`);
} else if (args.length > 0) {
  console.error(`Unexpected argument "${args[0]}". ${USAGE}`);
  process.exitCode = 2;
} else {
  const days = retentionDays();
  if (days !== null) {
    runWithStore(
      async (store) => {
        const now = new Date();
        const deleted = await purgeOldAnswers(store, now, days);
        const before = retentionCutoff(now, days).toISOString().slice(0, 10);
        process.stdout.write(`Deleted ${plural(deleted, "answer")} older than ${plural(days, "day")} (before ${before}).\n`);
        const misses = await purgeOldSearchMisses(store, now, days);
        process.stdout.write(`Deleted ${plural(misses, "daily count")} of searches with no results (${searchMissCutoffDay(now, days)} and before).\n`);
        return 0;
      },
      "Nothing was deleted. The running site deletes old answers by itself, when it starts and once a day. " +
        "To delete them now, stop the site first, then run this again.",
    );
  }
}
