/**
 * npm run feedback:export -- --format=json|csv
 *
 * Prints every stored answer, oldest first, from the store the environment names (DATABASE_URL, else the
 * embedded store in DATA_DIR). JSON: a list of { page, useful, whatDoing, whatWrong, javascript, createdAt }
 * (useful is true, false, or null for a problem report). CSV: the same columns, for a spreadsheet.
 *
 * The embedded store serves one process: while the site runs on it, this refuses (exit 1) and touches nothing.
 */
import { exportAnswers } from "./export-format";
import { StoreLockedError } from "./lock";
import { openStore, storeConfigFromEnv } from "./store";

const USAGE = "Usage: npm run feedback:export -- --format=json|csv";

async function main(args: string[]): Promise<number> {
  const formatArg = args.find((arg) => arg.startsWith("--format="))?.slice("--format=".length) ?? "json";
  if (args.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (formatArg !== "json" && formatArg !== "csv") {
    console.error(`--format: expected json or csv, got "${formatArg}". ${USAGE}`);
    return 2;
  }
  let store;
  try {
    store = await openStore(storeConfigFromEnv());
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof StoreLockedError) console.error("Nothing was read or changed. Stop the site first, then export again.");
    return 1;
  }
  try {
    process.stdout.write(exportAnswers(await store.all(), formatArg));
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
