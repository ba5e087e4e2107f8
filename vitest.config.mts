import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const reporters: string[] = process.env.CI ? ["default", "json"] : ["default"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // Only unit and component tests; Playwright specs live in tests/e2e/*.spec.ts.
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    // Starts a throw-away PostgreSQL for the storage tests (or uses TEST_DATABASE_URL): tests/support/postgres.ts.
    globalSetup: ["./tests/support/vitest-global-setup.ts"],
    reporters,
    outputFile: { json: "test-results/vitest.json" },
  },
});
