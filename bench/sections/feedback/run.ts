/**
 * Readers' feedback under load (step 8 of `npm run bench`, or bench/feedback.ts on its own): how many answers
 * POST /feedback takes per second, and whether every answer the server acknowledged (201) is stored, after a clean
 * stop and after a `kill -9` in the middle of the load.
 *
 * 1. Throughput on the embedded store (./throughput.ts), on a fresh temporary DATA_DIR.
 * 2. A crash (./crash.ts).
 * 3. The same throughput test on PostgreSQL: BENCH_DATABASE_URL if set, else a throw-away cluster
 *    (scripts/harness/postgres.ts), else skipped with a note.
 *
 * The load generator runs in this process, so it shares the machine's cores with the server.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../../../lib/content/load";
import { loadAverage, machine, packageVersion } from "../../../scripts/harness/machine";
import { startThrowawayPostgres } from "../../../scripts/harness/postgres";
import { ROOT, type Log } from "../../common";
import { crash } from "./crash";
import type { FeedbackBenchResult, ThroughputResult } from "./results";
import { CONNECTIONS, PORT, SECONDS } from "./settings";
import { throughput } from "./throughput";

async function postgresVersion(url: string): Promise<string> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    return rows[0]?.server_version.split(" ")[0] ?? "?";
  } finally {
    await client.end();
  }
}

/** BENCH_DATABASE_URL, or a throw-away cluster, or why there is none. */
async function findPostgres(log: Log): Promise<{ url: string; where: string; stop: () => Promise<void> } | { skipped: string }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, where: "BENCH_DATABASE_URL", stop: async () => {} };
  log("feedback, PostgreSQL: starting a throw-away cluster");
  try {
    const started = await startThrowawayPostgres();
    if ("skipped" in started) return { skipped: started.skipped };
    const where = process.env.TEST_DATABASE_URL ? "TEST_DATABASE_URL" : "throw-away cluster, fsync off";
    return { url: started.url, where, stop: started.stop };
  } catch (error) {
    return { skipped: `a throw-away PostgreSQL cluster could not be started: ${(error as Error).message.split("\n")[0]}` };
  }
}

async function postgres(distDir: string, page: string, log: Log): Promise<FeedbackBenchResult["postgres"]> {
  const found = await findPostgres(log);
  if ("skipped" in found) return found;
  try {
    const version = await postgresVersion(found.url);
    const result = await throughput(`PostgreSQL ${version}`, { distDir, port: PORT.postgres, databaseUrl: found.url }, page, log);
    return { ...result, where: found.where, poolSize: process.env.DATABASE_POOL_SIZE?.trim() || "10" };
  } finally {
    await found.stop();
  }
}

export async function benchFeedback(options: { distDir: string; log: Log; standalone?: boolean }): Promise<FeedbackBenchResult> {
  const { distDir, log } = options;
  const begin = performance.now();
  const loadAtStart = loadAverage();
  const content = loadContent(path.join(ROOT, "content"), ROOT);
  if (!content.content) throw new Error("the content has problems: run npm run content:check");
  const page = `/roles/${content.content.roles[0]!.slug}`;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-feedback-"));
  let pglite: ThroughputResult;
  try {
    pglite = await throughput("PGlite", { distDir, port: PORT.pglite, dataDir }, page, log);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const crashed = await crash(distDir, page, log);
  const pg = await postgres(distDir, page, log);
  if ("skipped" in pg) log(`feedback, PostgreSQL: skipped: ${pg.skipped}`);
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(`Next ${packageVersion("next")}`, `PGlite ${packageVersion("@electric-sql/pglite")}`, `pg ${packageVersion("pg")}`),
    loadAtStart,
    loadAtEnd: loadAverage(),
    totalMs: performance.now() - begin,
    standalone: options.standalone ?? false,
    page,
    seconds: SECONDS,
    connections: CONNECTIONS,
    pglite,
    crash: crashed,
    postgres: pg,
  };
}
