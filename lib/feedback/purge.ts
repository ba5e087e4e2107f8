/**
 * npm run feedback:purge
 *
 * Deletes every answer older than FEEDBACK_RETENTION_DAYS (default 365) days from the store the environment
 * names (DATABASE_URL, else the embedded store in DATA_DIR), and says how many it deleted. The running site
 * does the same by itself, on start and once a day (lib/feedback/start.ts); this is for a site that is stopped,
 * or to purge a PostgreSQL database at once after lowering the setting.
 *
 * The embedded store serves one process: while the site runs on it, this refuses (exit 1) and touches nothing.
 */
import { StoreLockedError } from "./lock";
import { purgeOldAnswers, retentionCutoff, retentionDaysFromEnv } from "./retention";
import { openStore, storeConfigFromEnv } from "./store";

const USAGE =
  "Usage: npm run feedback:purge (deletes answers older than FEEDBACK_RETENTION_DAYS days, default 365, from DATABASE_URL or DATA_DIR)";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

async function main(args: string[]): Promise<number> {
  if (args.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length > 0) {
    console.error(`Unexpected argument "${args[0]}". ${USAGE}`);
    return 2;
  }
  let days: number;
  try {
    days = retentionDaysFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  let store;
  try {
    store = await openStore(storeConfigFromEnv());
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof StoreLockedError) {
      console.error(
        "Nothing was deleted. The running site deletes old answers by itself, when it starts and once a day. " +
          "To delete them now, stop the site first, then run this again.",
      );
    }
    return 1;
  }
  try {
    const now = new Date();
    const deleted = await purgeOldAnswers(store, now, days);
    const before = retentionCutoff(now, days).toISOString().slice(0, 10);
    process.stdout.write(`Deleted ${plural(deleted, "answer")} older than ${plural(days, "day")} (before ${before}).\n`);
    return 0;
  } finally {
    await store.close();
  }
}

// exitCode rather than process.exit(): exiting at once would cut off output still being written to a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
