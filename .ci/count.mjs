// Reads the JSON reports that vitest and Playwright write (test-results/) and prints, as its last line, the plain
// "N passed, N failed" that CI reads. Skipped and flaky tests, if any, are counted on lines of their own before it
// (retries are off, so a flaky test, one that failed and then passed, should never appear).
// The checks that run before them (types, lint, content) count as one test each: passed when the
// test runners were reached, failed otherwise.
import fs from "node:fs";

const status = Number(process.argv[2] ?? 0);
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;
let flaky = 0;

const vitest = read("test-results/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

const playwright = read("test-results/playwright.json");
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
  skipped += playwright.stats.skipped ?? 0;
  flaky += playwright.stats.flaky ?? 0;
}

// typecheck, lint and content:check run first; reaching vitest means all three passed.
if (vitest) passed += 3;
if (status !== 0 && failed === 0) failed += 1;

if (skipped) console.log(`${skipped} skipped`);
if (flaky) console.log(`${flaky} flaky`);
console.log(`${passed} passed, ${failed} failed`);
