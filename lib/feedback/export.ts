/**
 * npm run feedback:export -- --format=json|csv
 *
 * Prints every stored answer, oldest first, from the store the environment names (DATABASE_URL, else the
 * embedded store in DATA_DIR). JSON: a list of { page, useful, whatDoing, whatWrong, javascript, createdAt }
 * (useful is true, false, or null for a problem report). CSV: the same columns, for a spreadsheet.
 *
 * The embedded store serves one process: while the site runs on it, this refuses (exit 1) and touches nothing.
 */
import { runWithStore } from "./command";
import { exportAnswers } from "./export-format";

const USAGE = "Usage: npm run feedback:export -- --format=json|csv";

const args = process.argv.slice(2);
const format = args.find((arg) => arg.startsWith("--format="))?.slice("--format=".length) ?? "json";
if (args.includes("--help")) {
  process.stdout.write(`${USAGE}\n`);
} else if (format !== "json" && format !== "csv") {
  console.error(`--format: expected json or csv, got "${format}". ${USAGE}`);
  process.exitCode = 2;
} else {
  runWithStore(async (store) => {
    process.stdout.write(exportAnswers(await store.all(), format));
    return 0;
  }, "Nothing was read or changed. Stop the site first, then export again.");
}
