/**
 * `npm test`: every check and test the project has, in the order a failure is cheapest to find, with what the
 * test runs share made once:
 *
 *   1. types (next typegen && tsc), lint (ESLint, then stylelint for the CSS), the layout's figures
 *      (scripts/layout.ts: files over 300 lines, functions over 80, cycles…), the content check: the first that
 *      fails stops the run;
 *   2. one throw-away PostgreSQL server (scripts/harness/postgres.ts) with a database for vitest's store tests and
 *      another for the end-to-end tests' PostgreSQL server (tests/e2e/support/postgres-server.ts), both handed
 *      over as TEST_DATABASE_URL; with TEST_DATABASE_URL set already, that server is used instead;
 *   3. the unit and component tests (vitest), then the end-to-end tests (Playwright, which builds the site and
 *      starts its servers once: playwright.config.ts), whether or not vitest passed, so one run reports both;
 *   4. the ten slowest tests beside their time limits (.ci/slowest.mjs).
 *
 * It exits with 1 when anything failed.
 */
import { spawn } from "node:child_process";
import pg from "pg";
import { startThrowawayPostgres } from "./harness/postgres";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Runs a command with the terminal as its output; resolves to whether it exited with 0. */
function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

const E2E_DATABASE = "careers_e2e";

/** The URL of a second database on the same server, made empty for the end-to-end tests. */
async function secondDatabase(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${E2E_DATABASE}`);
    await admin.query(`create database ${E2E_DATABASE}`);
  } finally {
    await admin.end();
  }
  const e2e = new URL(url);
  e2e.pathname = `/${E2E_DATABASE}`;
  return e2e.toString();
}

async function main(): Promise<number> {
  for (const script of ["typecheck", "lint", "lint:css", "layout", "content:check"]) {
    if (!(await run("npm", ["run", "--silent", script]))) return 1;
  }

  const database = await startThrowawayPostgres();
  const stop = async () => {
    if (!("skipped" in database)) await database.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop().then(() => process.exit(130)));

  let unitEnv: Record<string, string> = {};
  let e2eEnv: Record<string, string> = {};
  if ("skipped" in database) {
    if (process.env.CI) {
      console.error(`CI is set, so the PostgreSQL store tests must run: ${database.skipped}`);
      return 1;
    }
    console.warn(`PostgreSQL: ${database.skipped}`);
  } else {
    unitEnv = { TEST_DATABASE_URL: database.url };
    e2eEnv = { TEST_DATABASE_URL: await secondDatabase(database.url).catch(() => database.url) };
  }

  try {
    const unit = await run("npx", ["vitest", "run"], unitEnv);
    const e2e = await run("npx", ["playwright", "test"], e2eEnv);
    return unit && e2e ? 0 : 1;
  } finally {
    await stop();
    await run("node", [".ci/slowest.mjs"]);
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
