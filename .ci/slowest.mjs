// Prints the slowest tests of a run beside their time limits, so a test creeping towards its limit is seen before
// it fails. Reads the reports the test runners write under CI: test-results/playwright.json (Playwright's JSON
// reporter: each test's duration and timeout) and test-results/vitest-timings.json (tests/support/
// vitest-timings-reporter.ts: each test's duration and timeout).
//
//   node .ci/slowest.mjs [COUNT=10] [--files]     (--files adds the time spent per test file)
//
// A test is flagged when it took more than a third of its limit: time limits are meant to be at least three times
// a test's time on a quiet machine.
import fs from "node:fs";

const args = process.argv.slice(2);
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10);
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
};

/** @type {{ name: string; file: string; ms: number; limit: number }[]} */
const tests = [];

const playwright = read("test-results/playwright.json");
const walk = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      for (const result of test.results ?? []) {
        tests.push({
          name: [...titles, spec.title].filter(Boolean).join(" › ") + (test.projectName !== "chromium" ? ` [${test.projectName}]` : ""),
          file: spec.file,
          ms: result.duration,
          limit: test.timeout,
        });
      }
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...titles, child.file === child.title ? "" : child.title]);
};
for (const suite of playwright?.suites ?? []) walk(suite, []);

for (const test of read("test-results/vitest-timings.json")?.tests ?? []) tests.push(test);

if (tests.length === 0) process.exit(0);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
tests.sort((a, b) => b.ms - a.ms);
console.log(`The ${Math.min(count, tests.length)} slowest of ${tests.length} tests, with their time limits:`);
for (const test of tests.slice(0, count)) {
  const share = Math.round((test.ms / test.limit) * 100);
  console.log(`  ${seconds(test.ms).padStart(7)} of ${seconds(test.limit).padStart(7)} (${String(share).padStart(3)}%)${share > 33 ? " over a third" : ""}  ${test.file}: ${test.name}`);
}
const closest = [...tests].sort((a, b) => b.ms / b.limit - a.ms / a.limit)[0];
console.log(`Closest to its limit: ${seconds(closest.ms)} of ${seconds(closest.limit)} (${Math.round((closest.ms / closest.limit) * 100)}%), ${closest.file}: ${closest.name}`);
if (args.includes("--files")) {
  const byFile = new Map();
  for (const test of tests) byFile.set(test.file, (byFile.get(test.file) ?? 0) + test.ms);
  for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`  ${seconds(ms).padStart(8)}  ${file}`);
}
