/**
 * npm run feedback:copy: copies every answer from the embedded store (DATA_DIR, default `data/`) into the
 * PostgreSQL database at DATABASE_URL, keeping each answer's time. For moving from one process to several.
 *
 * Stop the site first (the embedded store is locked while it runs). The copy refuses a database that already
 * holds answers, so running it twice cannot double them; `--into-non-empty` copies anyway. The embedded store
 * is only read, never changed: keep it as a backup until the site runs on PostgreSQL.
 */
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
    const answers = await from.all();
    const already = (await into.all()).length;
    if (already > 0 && !args.includes("--into-non-empty")) {
      console.error(
        `${into.description} already holds ${already} answer${already === 1 ? "" : "s"}, so nothing was copied (a second copy would double them). ` +
          "To copy anyway, add --into-non-empty.",
      );
      return 1;
    }
    for (const answer of answers) {
      await into.add(
        { page: answer.page, useful: answer.useful, whatDoing: answer.whatDoing, whatWrong: answer.whatWrong, javascript: answer.javascript },
        answer.createdAt,
      );
    }
    console.warn(`Copied ${answers.length} answer${answers.length === 1 ? "" : "s"} from ${from.description} into ${into.description}.`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  } finally {
    await from?.close();
    await into?.close();
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
