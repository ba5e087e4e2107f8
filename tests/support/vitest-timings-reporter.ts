// A vitest reporter that writes each test's time and time limit to test-results/vitest-timings.json, for
// .ci/slowest.mjs, which prints the slowest tests of a run (vitest's and Playwright's) beside their limits.
import fs from "node:fs";
import path from "node:path";
import type { Reporter, TestCase, Vitest } from "vitest/node";

export const TIMINGS_FILE = "test-results/vitest-timings.json";

export default class TimingsReporter implements Reporter {
  private defaultTimeout = 5_000;
  private root = process.cwd();
  private tests: { name: string; file: string; ms: number; limit: number }[] = [];

  onInit(vitest: Vitest): void {
    this.defaultTimeout = vitest.config.testTimeout;
    this.root = vitest.config.root;
  }

  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic();
    if (!diagnostic) return;
    this.tests.push({
      name: testCase.fullName,
      file: path.relative(this.root, testCase.module.moduleId),
      ms: Math.round(diagnostic.duration),
      limit: testCase.options.timeout ?? this.defaultTimeout,
    });
  }

  onTestRunEnd(): void {
    fs.mkdirSync(path.dirname(TIMINGS_FILE), { recursive: true });
    fs.writeFileSync(TIMINGS_FILE, JSON.stringify({ tests: this.tests }));
  }
}
