/**
 * `npm run bench:scale`, also the last part of `npm run bench`: what a reader meets first as the guide grows, at 4
 * roles (the real content), 100 and 1,000 generated roles. Writes the "Scale" section of bench/RESULTS.md and
 * prints it. What is measured, and the settings: bench/sections/scale/run.ts.
 */
import { benchScale } from "./sections/scale/run";

benchScale().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
