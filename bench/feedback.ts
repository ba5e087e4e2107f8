/**
 * Readers' feedback under load, on its own (it is also step 8 of `npm run bench`, on the bench's build):
 *
 *   npx tsx bench/feedback.ts
 *
 * builds the site into .next-bench-feedback if that folder has no complete build (else reuses it; delete the
 * folder to rebuild) and prints the markdown section that `npm run bench` writes into bench/RESULTS.md. What is
 * measured: bench/sections/feedback/run.ts. Ports 3420–3422.
 */
import fs from "node:fs";
import path from "node:path";
import { buildNext, keepTsconfig } from "../scripts/harness/next";
import { stopAll } from "../scripts/harness/processes";
import { ROOT, log, seconds } from "./common";
import { renderFeedbackSection } from "./sections/feedback/report";
import { benchFeedback } from "./sections/feedback/run";
import { feedbackEnv } from "./sections/feedback/settings";

const STANDALONE_DIST = ".next-bench-feedback";
/** Written after a build that finished: a folder without it is built again. */
const BUILD_DONE = ".bench-feedback-build-complete";

/** Builds the site into STANDALONE_DIST unless a finished build is there; puts tsconfig.json back as it was. */
async function ensureBuild(): Promise<void> {
  const dist = path.join(ROOT, STANDALONE_DIST);
  if (fs.existsSync(path.join(dist, BUILD_DONE))) {
    log(`reusing the build in ${STANDALONE_DIST} (delete the folder to rebuild)`);
    return;
  }
  const restoreTsconfig = keepTsconfig(ROOT);
  try {
    // `next build` copies the traced files into standalone/; a file deleted meanwhile by someone else's run
    // (test-results/ during end-to-end tests) fails the build, so it is tried again.
    for (let attempt = 1; ; attempt++) {
      log(`building the site into ${STANDALONE_DIST}${attempt > 1 ? ` (attempt ${attempt})` : ""}…`);
      try {
        const { ms } = await buildNext(ROOT, { ...feedbackEnv(), NEXT_DIST_DIR: STANDALONE_DIST });
        log(`built in ${seconds(ms)}`);
        break;
      } catch (error) {
        const message = (error as Error).message;
        if (attempt >= 3 || !/Failed to copy traced files|ENOENT/.test(message)) throw error;
        log("the build failed copying a traced file that vanished meanwhile; trying again");
      }
    }
    fs.writeFileSync(path.join(dist, BUILD_DONE), `${new Date().toISOString()}\n`);
  } finally {
    restoreTsconfig();
  }
}

async function main() {
  await ensureBuild();
  const result = await benchFeedback({ distDir: STANDALONE_DIST, log, standalone: true });
  console.log(`\n${renderFeedbackSection(result).join("\n")}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
