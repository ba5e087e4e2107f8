/**
 * The end-to-end tests' third server: the same production build as the main one, storing feedback in a real
 * PostgreSQL (a throw-away cluster from scripts/harness/postgres.ts) instead of PGlite, so the editors' inbox is
 * tested on both stores. Started by playwright.config.ts; writes what it did to test-results/e2e-postgres.json
 * for the specs (the PostgreSQL half is skipped with the reason where PostgreSQL is not installed, never in CI).
 *
 * It runs two `next start` processes on that one database: PORT with the editors' inbox on, PORT + 1 with it off.
 *
 *   npx tsx tests/e2e/support/postgres-server.ts PORT WAIT_FOR_URL
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { startThrowawayPostgres } from "../../../scripts/harness/postgres";

const [port = "3102", waitFor = "http://127.0.0.1:3100/"] = process.argv.slice(2);
const MARKER = "test-results/e2e-postgres.json";

/** The main server builds .next first: wait until it answers, so this one starts from a finished build. */
async function waitUntilUp(url: string) {
  for (let tries = 0; tries < 600; tries++) {
    const up = await new Promise<boolean>((resolve) => {
      http.get(url, (response) => resolve((response.resume(), (response.statusCode ?? 500) < 500))).on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within 5 minutes`);
}

async function main() {
  fs.mkdirSync("test-results", { recursive: true });
  const database = await startThrowawayPostgres();
  if ("skipped" in database) {
    if (process.env.CI) throw new Error(`CI must test the PostgreSQL store: ${database.skipped}`);
    fs.writeFileSync(MARKER, JSON.stringify({ skipped: database.skipped }));
  } else {
    fs.writeFileSync(MARKER, JSON.stringify({ port: Number(port) }));
  }
  await waitUntilUp(waitFor);
  const running: ChildProcess[] = [];
  const stopAll = async (code: number) => {
    for (const child of running) child.kill("SIGTERM");
    if (!("skipped" in database)) await database.stop();
    process.exit(code);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stopAll(0));
  // Without PostgreSQL, serve from PGlite so Playwright's wait for this server ends; the specs skip.
  const store = "skipped" in database ? { DATA_DIR: "test-results/e2e-data-postgres-skipped" } : { DATABASE_URL: database.url };
  // Two processes on the one database: PORT with the editors' inbox on, PORT + 1 with it off (no credentials).
  const servers = [
    { port: Number(port), env: {} },
    { port: Number(port) + 1, env: { ADMIN_USERNAME: "", ADMIN_PASSWORD_HASH: "" } },
  ];
  for (const server of servers) {
    const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(server.port)], {
      stdio: "inherit",
      env: { ...process.env, ...store, ...server.env },
    });
    running.push(next);
    next.on("exit", (code) => void stopAll(code ?? 1));
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
