import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_PASSWORD_HASH, ADMIN_USERNAME } from "./tests/e2e/admin-credentials";

/**
 * End-to-end tests run against the production build (`next build` then `next start`).
 * Browsers cannot be downloaded on every machine: a system Chromium is used where one is installed
 * (CHROMIUM_PATH, or Debian's /usr/bin/chromium), and Playwright's own browser otherwise.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second build, from content in which a role was renamed, proves that old addresses keep working. */
const RENAMED_PORT = PORT + 1;
/** A third server, from the main build, stores feedback in PostgreSQL rather than PGlite (the inbox on both stores). */
const POSTGRES_PORT = PORT + 2;
const RENAMED_CONTENT = "test-results/renamed-content";
const chromiumPath =
  process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => fs.existsSync(path));

const systemChromium = chromiumPath
  ? {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

/**
 * Feedback answers go to a store of each server's own under test-results/ (PGlite; .ci/run empties the folder
 * first). The servers act as if behind nginx on this machine (TRUSTED_PROXIES), so each feedback test sends
 * its own X-Forwarded-For and has a rate limit of its own; the default limit (10 a minute) stays on.
 * NEXT_MANUAL_SIG_HANDLE: Playwright's SIGTERM at the end (GRACEFUL) closes the store cleanly, as `npm start`
 * does, and lets the PostgreSQL server's script stop its throw-away cluster (Playwright's default is SIGKILL).
 */
const GRACEFUL = { signal: "SIGTERM", timeout: 15_000 } as const;
const FEEDBACK_ENV = {
  TRUSTED_PROXIES: "127.0.0.1,::1",
  NEXT_MANUAL_SIG_HANDLE: "true",
  DATABASE_URL: "",
};
/** The editors' inbox is on for the main server and off (no credentials set) for the renamed-content one. */
const ADMIN_ENV = { ADMIN_USERNAME, ADMIN_PASSWORD_HASH };

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "test-results/playwright.json" }]]
    : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: ["**/renamed.spec.ts", "**/admin-off.spec.ts"],
      use: { ...devices["Desktop Chrome"], launchOptions: systemChromium },
    },
    {
      name: "renamed-content",
      testMatch: ["**/renamed.spec.ts", "**/admin-off.spec.ts"],
      use: { ...devices["Desktop Chrome"], launchOptions: systemChromium, baseURL: `http://127.0.0.1:${RENAMED_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npm run build && npx next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: GRACEFUL,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { NEXT_TELEMETRY_DISABLED: "1", ...FEEDBACK_ENV, ...ADMIN_ENV, DATA_DIR: "test-results/e2e-data" },
    },
    {
      command: `node tests/e2e/fixtures/make-renamed-content.mjs ${RENAMED_CONTENT} && npx next build && npx next start -p ${RENAMED_PORT}`,
      url: `http://127.0.0.1:${RENAMED_PORT}/`,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: GRACEFUL,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        ...FEEDBACK_ENV,
        ADMIN_USERNAME: "",
        ADMIN_PASSWORD_HASH: "",
        DATA_DIR: "test-results/e2e-data-renamed",
        CONTENT_DIR: RENAMED_CONTENT,
        NEXT_DIST_DIR: ".next-e2e-renamed",
      },
    },
    {
      command: `npx tsx tests/e2e/fixtures/postgres-server.ts ${POSTGRES_PORT} http://127.0.0.1:${PORT}/`,
      url: `http://127.0.0.1:${POSTGRES_PORT}/healthz`,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: GRACEFUL,
      timeout: 360_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        ...FEEDBACK_ENV,
        ...ADMIN_ENV,
        CONTENT_REPOSITORY_URL: "https://example.org/careers-guide/blob/main",
      },
    },
  ],
});
