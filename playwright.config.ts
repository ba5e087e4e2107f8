import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_PASSWORD_HASH, ADMIN_USERNAME } from "./scripts/harness/admin-credentials";
import { SCALE_CONTENT_DIR } from "./scripts/harness/scale-content";

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
/** A fifth server, built once from 30 industries and 1,000 generated roles: the guide at a real service's size. */
const SCALE_PORT = PORT + 4;
/** The scale specs (tests/e2e/browse/scale/), which run against that server only; every other spec never does. */
const SCALE_SPECS = /[\\/]tests[\\/]e2e[\\/]browse[\\/]scale[\\/].+\.spec\.ts$/;

/**
 * Whether this run may include the scale specs, whose server takes a minute or two to generate and build. Yes for
 * `npm test` and CI (no --project, no files); no when every --project named leaves out "scale" (as in
 * `npx playwright test --project=chromium`), or when every argument that is not an option is a file or folder
 * outside tests/e2e/browse/scale. Anything else (a --grep, a name filter) counts as yes.
 */
function runMayIncludeScale(args: string[] = process.argv.slice(2)): boolean {
  const projects: string[] = [];
  const paths: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--project") projects.push(args[++index] ?? "");
    else if (arg.startsWith("--project=")) projects.push(arg.slice("--project=".length));
    else if (!arg.startsWith("-") && arg !== "test") paths.push(arg);
  }
  if (projects.length > 0 && !projects.some((name) => name.includes("scale") || name.includes("*"))) return false;
  if (paths.length > 0 && paths.every((each) => fs.existsSync(each))) {
    const folder = path.resolve("tests/e2e/browse/scale");
    return paths.some((each) => {
      const full = path.resolve(each);
      return full === folder || full.startsWith(folder + path.sep) || folder.startsWith(full + path.sep);
    });
  }
  return true;
}
const chromiumPath =
  process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => fs.existsSync(path));

/** The features Playwright 1.65 switches off in Chromium (its chromiumSwitches), repeated because a second flag replaces the first. */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
];

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
        // Debian's Chromium opens a WebUI renderer for the address bar's pop-up (chrome://omnibox-popup.top-chrome/)
        // in every window, even headless: about 120 ms and a process per new context, a quarter of a short test's
        // time on two cores. Chromium takes only the last --disable-features, so Playwright's own list is repeated.
        `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(",")},WebUIOmniboxPopup,WebUIOmniboxAimPopup`,
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
  // Every limit is at least three times its test's time on a quiet two-core machine (.ci/slowest.mjs prints the
  // ten slowest beside their limits at the end of each run). The slowest tests without a limit of their own took
  // up to 10.4 s in quiet runs of .ci/run (the feedback forms' axe states), so the default is 45 s, not 30 s.
  timeout: 45_000,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two workers, measured on a quiet two-core machine with every-page.spec.ts and console.spec.ts (368 tests):
  // 1 worker 323 s, 2 workers 267 s, 3 workers 346 s. Chromium and the servers share the two cores, so a second
  // worker gains a sixth and doubles each test's time (which the time limits allow for); a third only adds waiting.
  workers: 2,
  // The JSON report is what .ci/count.mjs counts and .ci/slowest.mjs reads (each test's time beside its limit).
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      // First: its tests are the longest (walking pages of 50 roles), and started last they ran alone at the end of a
      // CI run, one worker idle for about a minute.
      name: "scale",
      testMatch: SCALE_SPECS,
      // Pages of 50 roles, walked link by link: more than the default 30 s on a busy two-core machine.
      timeout: 90_000,
      use: { ...devices["Desktop Chrome"], launchOptions: systemChromium, baseURL: `http://127.0.0.1:${SCALE_PORT}` },
    },
    {
      name: "chromium",
      testIgnore: ["**/renamed.spec.ts", "**/admin-off.spec.ts", "**/minor-updates.spec.ts", SCALE_SPECS],
      use: { ...devices["Desktop Chrome"], launchOptions: systemChromium },
    },
    {
      name: "renamed-content",
      testMatch: ["**/renamed.spec.ts", "**/admin-off.spec.ts", "**/minor-updates.spec.ts"],
      use: { ...devices["Desktop Chrome"], launchOptions: systemChromium, baseURL: `http://127.0.0.1:${RENAMED_PORT}` },
    },
  ],
  webServer: [
    {
      // `npm test` has run the content check already; `npx next build` skips npm's prebuild, which would run it again.
      command: `npx next build && npx next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: GRACEFUL,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { NEXT_TELEMETRY_DISABLED: "1", ...FEEDBACK_ENV, ...ADMIN_ENV, DATA_DIR: "test-results/e2e-data" },
    },
    {
      command: `node tests/e2e/support/make-renamed-content.mjs ${RENAMED_CONTENT} && npx next build && npx next start -p ${RENAMED_PORT}`,
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
      command: `npx tsx tests/e2e/support/postgres-server.ts ${POSTGRES_PORT} http://127.0.0.1:${PORT}/`,
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
    ...(runMayIncludeScale()
      ? [
          {
            // Generated afresh (tests/e2e/browse/scale/make-content.ts) and built once into a folder of its own.
            command: `npx tsx tests/e2e/browse/scale/make-content.ts && npx next build && npx next start -p ${SCALE_PORT}`,
            url: `http://127.0.0.1:${SCALE_PORT}/`,
            reuseExistingServer: !process.env.CI,
            gracefulShutdown: GRACEFUL,
            timeout: 900_000,
            stdout: "ignore" as const,
            stderr: "pipe" as const,
            env: {
              NEXT_TELEMETRY_DISABLED: "1",
              ...FEEDBACK_ENV,
              ADMIN_USERNAME: "",
              ADMIN_PASSWORD_HASH: "",
              DATA_DIR: "test-results/e2e-data-scale",
              CONTENT_DIR: SCALE_CONTENT_DIR,
              NEXT_DIST_DIR: ".next-e2e-scale",
            },
          },
        ]
      : []),
  ],
});
