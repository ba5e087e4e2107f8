import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // Only unit and component tests; Playwright specs live in tests/e2e/*.spec.ts.
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    // Vitest's default is one worker per core but one, so one worker on a two-core machine. Measured there, two
    // workers ran the 1,185 tests in 89 s instead of 124 s: many of them wait on child processes and on the disk.
    maxWorkers: 2,
    // Starts a throw-away PostgreSQL for the storage tests (or uses TEST_DATABASE_URL, as `npm test` sets it, so
    // one server serves vitest and the end-to-end tests): tests/support/postgres.ts.
    globalSetup: ["./tests/support/vitest-global-setup.ts"],
    // The JSON report is what .ci/count.mjs counts; the timings are what .ci/slowest.mjs prints.
    reporters: ["default", "json", "./tests/support/vitest-timings-reporter.ts"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
