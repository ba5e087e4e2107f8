import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const reporters: string[] = process.env.CI ? ["default", "json"] : ["default"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // Only unit and component tests; Playwright specs live in tests/e2e/*.spec.ts.
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    reporters,
    outputFile: { json: "test-results/vitest.json" },
  },
});
