/**
 * npm run feedback:copy: copies every answer, and every daily count of searches with no results, from the embedded store (DATA_DIR, default `data/`) into the
 * PostgreSQL database at DATABASE_URL, keeping each answer's time. For moving from one process to several.
 *
 * Stop the site first (the embedded store is locked while it runs). The copy is one transaction: it copies every
 * answer or, if anything fails, none, so after a failure it can simply be run again. It refuses a database that
 * already holds answers, so running it twice cannot double them; `--into-non-empty` copies anyway. The embedded
 * store is only read, never changed: keep it as a backup until the site runs on PostgreSQL.
 */
import { copyAnswers } from "./copy-answers";
import { describeFailure } from "./errors";
import { plural } from "../shared";
import { openStore, storeConfigFromEnv, type FeedbackStore } from "./store";

async function main(args: string[]): Promise<number> {
  const target = storeConfigFromEnv(process.env);
  if (target.kind !== "postgres") {
    console.error("Set DATABASE_URL to the PostgreSQL database to copy into, e.g. DATABASE_URL=postgres://user:password@host:5432/careers npm run feedback:copy");
    return 2;
  }
  const source = storeConfigFromEnv({ ...process.env, DATABASE_URL: "" });
  let from: FeedbackStore | undefined;
  let into: FeedbackStore | undefined;
  try {
    from = await openStore(source);
    into = await openStore(target);
  } catch (error) {
    console.error((error as Error).message);
    await from?.close();
    return 1;
  }
  try {
    const result = await copyAnswers(from, into, { intoNonEmpty: args.includes("--into-non-empty") });
    if ("refused" in result) {
      console.error(
        `${into.description} already holds ${result.already} answer${result.already === 1 ? "" : "s"}, so nothing was copied (a second copy would double them). ` +
          "To copy anyway, add --into-non-empty.",
      );
      return 1;
    }
    console.warn(
      `Copied ${plural(result.copied, "answer")} and ${plural(result.searchMissDays, "daily count")} of searches with no results ` +
        `from ${from.description} into ${into.description}.`,
    );
    return 0;
  } catch (error) {
    // By name and code only: a failed insert's message holds readers' answers.
    console.error(`Nothing was copied (${describeFailure(error)}): the copy is all or nothing, so ${into.description} is as it was. Fix the cause, then run it again.`);
    return 1;
  } finally {
    await from.close();
    await into.close();
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
