/**
 * Readers' feedback under load: how many answers POST /feedback takes per second, and whether every answer the
 * server acknowledged (201) is stored, after a clean stop and after a `kill -9` in the middle of the load.
 * Part of `npm run bench` (its section 8, on the bench's build), or on its own:
 *
 *   npx tsx bench/feedback.ts
 *
 * builds the site into .next-bench-feedback if that folder has no complete build (else reuses it; delete the
 * folder to rebuild) and prints the markdown section that `npm run bench` writes into bench/RESULTS.md.
 *
 * 1. Throughput on the embedded store: a fresh temporary DATA_DIR, `next start` with FEEDBACK_RATE_LIMIT=0, 20
 *    keep-alive connections (node:http, 20 loops, one request at a time each) sending problem reports for
 *    BENCH_FEEDBACK_SECONDS (default 10), each with its own id in "What were you doing?". At the end no new
 *    request is sent and the server gets SIGTERM at once (a clean stop with answers still in flight); then
 *    `npm run feedback:export -- --format=json` lists what was stored, which is checked against what was
 *    acknowledged.
 * 2. A crash: the same load on a fresh DATA_DIR, SIGKILL to the server half-way through, a restart on the same
 *    folder (timed until /healthz answers 200), one more answer, a clean stop, the export and the same check.
 * 3. The same throughput test on PostgreSQL: BENCH_DATABASE_URL if set, else a throw-away cluster
 *    (tests/support/postgres.ts), else skipped with a note.
 *
 * Ports 3420–3422. The load generator runs in this process, so it shares the machine's cores with the server.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../lib/content/load";
import { startThrowawayPostgres } from "../tests/support/postgres";
import { cpuMs, run, start, stop, stopAll, type Started } from "./processes";

const ROOT = process.cwd();
const PORT = { pglite: 3420, crash: 3421, postgres: 3422 } as const;
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_FEEDBACK_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
/** When, as a share of the load's duration, the crash test kills the server. */
const KILL_AT = 0.5;
const STANDALONE_DIST = ".next-bench-feedback";
/** Written by the standalone run after a build that finished: a folder without it is built again. */
const BUILD_DONE = ".bench-feedback-build-complete";
const WHAT_WRONG = "Load test: nothing is wrong with this page";
const HEADING = "## Readers' feedback: POSTs, and a kill -9 in the middle";

const nextBin = require.resolve("next/dist/bin/next");
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of ["CONTENT_DIR", "NEXT_DIST_DIR", "DATABASE_URL", "DATA_DIR", "FEEDBACK_RATE_LIMIT", "TRUSTED_PROXIES"]) {
    delete env[name];
  }
  return env;
}

// ---------------------------------------------------------------------------------------------------------------
// What is measured

export interface LoadFigures {
  /** Seconds from the first request to the end of the window (the deadline, or the kill). */
  seconds: number;
  sent: number;
  /** 201 answers with `{ok:true}` received within the window. */
  acknowledged: number;
  rps: number;
  /** Milliseconds, over the acknowledged requests. */
  p50: number;
  p99: number;
  /** Other answers within the window, by status. */
  otherStatuses: Record<string, number>;
  /** Requests that got no answer within the window, by error code. */
  errors: Record<string, number>;
  /** CPU the server process used in the window, in cores (1 = one core all the time), if /proc can tell. */
  serverCores?: number;
  /** Server CPU milliseconds per acknowledged answer. */
  serverCpuPerAnswer?: number;
  /** CPU this process (the load generator) used in the window, in cores. */
  loaderCores: number;
  /** CPU the whole machine used in the window (other people's work included), in cores, from /proc/stat. */
  machineCores?: number;
}

/** What happened to the requests still in flight when the window ended (a stop or a kill). */
export interface Tail {
  /** Outcome → count: "201", "503", or an error code such as ECONNRESET. */
  outcomes: Record<string, number>;
  /** Requests sent after the window ended (before a loop saw its error), by outcome. */
  sentAfter: Record<string, number>;
}

export interface StoreCheck {
  /** Acknowledged ids, warm-up and after-restart answers included. */
  acknowledged: number;
  /** Rows holding one of this run's ids. */
  stored: number;
  /** All rows in the store. */
  totalRows: number;
  /** Acknowledged but not stored: must be 0. */
  missing: number;
  /** Rows beyond the first for an id: must be 0. */
  duplicates: number;
  /** Stored but never acknowledged. */
  unacknowledged: number;
  /** Of those, requests whose answer never arrived (in flight at the stop or the kill). The rest were refused. */
  unacknowledgedNoAnswer: number;
  /** Stored rows whose page, texts or flags differ from what was sent: must be 0. */
  altered: number;
  exportMs: number;
}

export interface Stopped {
  ms: number;
  /** Exit code (143 after a clean SIGTERM), or the signal that ended it. */
  exit: string;
  clean: boolean;
  /** Whether the embedded store's lock file is gone (embedded store only). */
  lockReleased?: boolean;
}

export interface ThroughputResult {
  store: string;
  /** Milliseconds from spawning `next start` to /healthz answering 200. */
  startMs: number;
  warmUp: number;
  load: LoadFigures;
  tail: Tail;
  stopped: Stopped;
  check: StoreCheck;
}

export interface CrashResult {
  startMs: number;
  warmUp: number;
  load: LoadFigures;
  /** What `ps` says the killed process is. */
  killed: { pid: number; title: string };
  tail: Tail;
  /** The dead server's lock file, as found before the restart. */
  lockLeftBehind: boolean;
  restart: { ok: true; ms: number } | { ok: false; message: string };
  /** Status of one answer sent after the restart. */
  afterRestart?: number;
  /** Exit code of the export run while the restarted server holds the store (1 expected: refused). */
  exportWhileRunning?: number;
  stopped?: Stopped;
  check: StoreCheck;
}

export interface FeedbackBenchResult {
  date: string;
  machine: string;
  loadAtStart: string;
  loadAtEnd: string;
  totalMs: number;
  standalone: boolean;
  page: string;
  seconds: number;
  connections: number;
  pglite: ThroughputResult;
  crash: CrashResult;
  postgres: (ThroughputResult & { where: string; poolSize: string }) | { skipped: string };
}

// ---------------------------------------------------------------------------------------------------------------
// The load: 20 loops, each one request at a time on a keep-alive agent with 20 sockets.

interface Sent {
  id: string;
  sentAt: number;
  doneAt: number;
  /** Status, or 0 when no answer came. */
  status: number;
  acknowledged: boolean;
  error?: string;
}

function post(agent: http.Agent, port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/feedback",
        method: "POST",
        agent,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.setTimeout(30_000, () => request.destroy(Object.assign(new Error("no answer in 30 s"), { code: "TIMEOUT" })));
    request.end(body);
  });
}

const formBody = (page: string, id: string) =>
  `page=${encodeURIComponent(page)}&kind=problem&whatDoing=${encodeURIComponent(id)}&whatWrong=${encodeURIComponent(WHAT_WRONG)}&js=1`;

class Load {
  readonly sent: Sent[] = [];
  private issuing = true;
  private next = 0;
  private loops: Promise<void>[] = [];
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

  constructor(
    private readonly port: number,
    private readonly page: string,
    private readonly prefix: string,
    /** Stop a loop at its first error (the server is gone). */
    private readonly stopOnError: boolean,
  ) {}

  start(): void {
    for (let loop = 0; loop < CONNECTIONS; loop++) this.loops.push(this.loop());
  }

  /** No new request from now on. */
  halt(): void {
    this.issuing = false;
  }

  /** Halts, and resolves when every request in flight has its answer or its error. */
  async finish(): Promise<void> {
    this.issuing = false;
    await Promise.all(this.loops);
    this.agent.destroy();
  }

  private async loop(): Promise<void> {
    while (this.issuing) {
      const id = `${this.prefix}${this.next++}`;
      const record: Sent = { id, sentAt: performance.now(), doneAt: 0, status: 0, acknowledged: false };
      this.sent.push(record);
      try {
        const answer = await post(this.agent, this.port, formBody(this.page, id));
        record.status = answer.status;
        record.acknowledged = answer.status === 201 && isOk(answer.body);
      } catch (error) {
        record.error = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      }
      record.doneAt = performance.now();
      if (record.error && this.stopOnError) return;
    }
  }
}

function isOk(body: string): boolean {
  try {
    return (JSON.parse(body) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

const outcomeOf = (record: Sent) => record.error ?? (record.acknowledged ? "201" : record.status === 201 ? "201 without ok" : String(record.status));

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!);

/** CPU snapshots: the server process, this process and the whole machine. */
interface CpuSnapshot {
  at: number;
  server?: number;
  loader: number;
  machine?: number;
}


/** Busy CPU time of the whole machine (all cores, everyone's work), in milliseconds. */
function machineCpuMs(): number | undefined {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
    return (((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

function cpuSnapshot(pid: number): CpuSnapshot {
  const own = process.cpuUsage();
  return { at: performance.now(), server: cpuMs(pid), loader: (own.user + own.system) / 1000, machine: machineCpuMs() };
}

function figures(load: Load, from: number, to: CpuSnapshot, before: CpuSnapshot): LoadFigures {
  const inWindow = load.sent.filter((record) => record.doneAt > 0 && record.doneAt <= to.at);
  const acknowledged = inWindow.filter((record) => record.acknowledged);
  const latencies = acknowledged.map((record) => record.doneAt - record.sentAt).sort((a, b) => a - b);
  const seconds = (to.at - from) / 1000;
  const wall = to.at - before.at;
  const cores = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : (b - a) / wall);
  const serverMs = before.server === undefined || to.server === undefined ? undefined : to.server - before.server;
  return {
    seconds,
    sent: load.sent.filter((record) => record.sentAt <= to.at).length,
    acknowledged: acknowledged.length,
    rps: acknowledged.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    otherStatuses: countBy(inWindow.filter((record) => !record.acknowledged && !record.error), outcomeOf),
    errors: countBy(inWindow.filter((record) => record.error), outcomeOf),
    serverCores: cores(before.server, to.server),
    serverCpuPerAnswer: serverMs === undefined || acknowledged.length === 0 ? undefined : serverMs / acknowledged.length,
    loaderCores: (to.loader - before.loader) / wall,
    machineCores: cores(before.machine, to.machine),
  };
}

/** The requests that were still in flight at `at`: what became of them. */
const tailOf = (load: Load, at: number): Tail => ({
  outcomes: countBy(load.sent.filter((record) => record.sentAt <= at && (record.doneAt === 0 || record.doneAt > at)), outcomeOf),
  sentAfter: countBy(load.sent.filter((record) => record.sentAt > at), outcomeOf),
});

// ---------------------------------------------------------------------------------------------------------------
// The server, the store and the export

interface ServerOptions {
  distDir: string;
  port: number;
  dataDir?: string;
  databaseUrl?: string;
}

function serverEnv(options: ServerOptions): NodeJS.ProcessEnv {
  return {
    ...cleanEnv(),
    NEXT_DIST_DIR: options.distDir,
    NEXT_MANUAL_SIG_HANDLE: "true",
    FEEDBACK_RATE_LIMIT: "0",
    ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  };
}

/** Starts `next start` (one process: node running Next's CLI, which becomes the server) and times it to /healthz 200. */
async function startServer(name: string, options: ServerOptions): Promise<{ server: Started; ms: number }> {
  const begin = performance.now();
  const server = start(name, process.execPath, [nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: serverEnv(options),
  });
  await waitForHealthy(options.port, server);
  return { server, ms: performance.now() - begin };
}

/** Waits for GET /healthz to answer 200 (the store is open), polling every 50 ms. */
async function waitForHealthy(port: number, server: Started, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`${server.name} exited with ${server.child.exitCode ?? server.child.signalCode}:\n${server.output()}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      last = `${response.status} ${(await response.text()).trim()}`;
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${server.name}: /healthz did not answer 200 within ${timeoutMs / 1000} s (last: ${last}):\n${server.output()}`);
}

/** A clean stop: SIGTERM (processes.stop sends SIGKILL after 5 s if it has not ended by then). */
async function stopServer(server: Started, dataDir?: string): Promise<Stopped> {
  const begin = performance.now();
  await stop(server);
  const { exitCode, signalCode } = server.child;
  return {
    ms: performance.now() - begin,
    exit: exitCode !== null ? `exit ${exitCode}` : `${signalCode}`,
    clean: exitCode === 143,
    ...(dataDir ? { lockReleased: !fs.existsSync(path.join(dataDir, "store.lock")) } : {}),
  };
}

interface Exported {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * `npm run -s feedback:export -- --format=json` with the store's environment. Its output goes to a file, not a
 * pipe: the export ends with process.exit() straight after writing, and Node drops whatever a full pipe has not
 * yet taken (found here: piped output stopped at a multiple of 64 KiB), while writes to a file are synchronous.
 */
function exportAnswers(store: { dataDir?: string; databaseUrl?: string }): Promise<Exported> {
  const env = { ...cleanEnv(), ...(store.dataDir ? { DATA_DIR: store.dataDir } : {}), ...(store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : {}) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-feedback-export-"));
  const file = path.join(dir, "answers.json");
  const out = fs.openSync(file, "w");
  const begin = performance.now();
  return new Promise<Exported>((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "feedback:export", "--", "--format=json"], { cwd: ROOT, env, stdio: ["ignore", out, "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code: code ?? -1, stdout: fs.readFileSync(file, "utf8"), stderr, ms: performance.now() - begin }),
    );
  }).finally(() => {
    fs.closeSync(out);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

interface ExportedRow {
  page: string;
  useful: boolean | null;
  whatDoing: string | null;
  whatWrong: string | null;
  javascript: boolean;
  createdAt: string;
}

/** Exports the store and checks it against what was sent: every acknowledged id stored exactly once. */
async function checkStore(store: { dataDir?: string; databaseUrl?: string }, page: string, prefix: string, sent: Sent[]): Promise<StoreCheck> {
  const exported = await exportAnswers(store);
  if (exported.code !== 0) throw new Error(`the export failed (exit ${exported.code}):\n${exported.stderr}`);
  const rows = JSON.parse(exported.stdout) as ExportedRow[];
  const ours = rows.filter((row) => row.whatDoing?.startsWith(prefix));
  const counts = new Map<string, number>();
  for (const row of ours) counts.set(row.whatDoing!, (counts.get(row.whatDoing!) ?? 0) + 1);
  const byId = new Map(sent.map((record) => [record.id, record]));
  const acknowledged = sent.filter((record) => record.acknowledged);
  const unacknowledged = [...counts.keys()].filter((id) => !byId.get(id)?.acknowledged);
  return {
    acknowledged: acknowledged.length,
    stored: ours.length,
    totalRows: rows.length,
    missing: acknowledged.filter((record) => !counts.has(record.id)).length,
    duplicates: [...counts.values()].reduce((sum, count) => sum + count - 1, 0),
    unacknowledged: unacknowledged.length,
    unacknowledgedNoAnswer: unacknowledged.filter((id) => byId.get(id)?.status === 0).length,
    altered: ours.filter((row) => row.page !== page || row.whatWrong !== WHAT_WRONG || row.useful !== null || row.javascript !== true).length,
    exportMs: exported.ms,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The three tests

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const runId = () => `bench-${Date.now().toString(36)}`;

async function warmUp(port: number, page: string, prefix: string): Promise<Sent[]> {
  const load = new Load(port, page, `${prefix}w`, false);
  load.start();
  await sleep(WARM_UP_SECONDS * 1000);
  await load.finish();
  return load.sent;
}

function describeFigures(label: string, load: LoadFigures): string {
  return `${label}: ${Math.round(load.rps)} answers/s, p50 ${ms(load.p50)}, p99 ${ms(load.p99)}, other statuses ${list(load.otherStatuses)}, errors ${list(load.errors)}`;
}

async function throughput(
  label: string,
  options: ServerOptions,
  page: string,
  log: (message: string) => void,
): Promise<ThroughputResult> {
  const prefix = `${runId()}${options.port % 10}-`;
  log(`feedback, ${label}: starting the server`);
  const { server, ms: startMs } = await startServer(`next start (feedback, ${label})`, options);
  log(`feedback, ${label}: /healthz 200 after ${seconds(startMs)}; warming up for ${WARM_UP_SECONDS} s`);
  const warm = await warmUp(options.port, page, prefix);

  log(`feedback, ${label}: ${CONNECTIONS} connections for ${SECONDS} s, then SIGTERM`);
  const load = new Load(options.port, page, prefix, false);
  const before = cpuSnapshot(server.child.pid!);
  load.start();
  await sleep(SECONDS * 1000);
  const end = cpuSnapshot(server.child.pid!);
  load.halt();
  const [stopped] = await Promise.all([stopServer(server, options.dataDir), load.finish()]);
  const figs = figures(load, before.at, end, before);
  log(describeFigures(`feedback, ${label}`, figs));
  log(`feedback, ${label}: stopped (${stopped.exit}) in ${seconds(stopped.ms)}; exporting`);
  const check = await checkStore(options, page, prefix, [...warm, ...load.sent]);
  log(`feedback, ${label}: acknowledged ${check.acknowledged}, stored ${check.stored}, missing ${check.missing}, duplicates ${check.duplicates}`);
  return {
    store: label,
    startMs,
    warmUp: warm.length,
    load: figs,
    tail: tailOf(load, end.at),
    stopped,
    check,
  };
}

async function crash(distDir: string, page: string, log: (message: string) => void): Promise<CrashResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-feedback-crash-"));
  const options: ServerOptions = { distDir, port: PORT.crash, dataDir };
  const prefix = `${runId()}k-`;
  try {
    log("feedback, kill -9: starting the server on a fresh DATA_DIR");
    const first = await startServer("next start (feedback, before the kill)", options);
    const warm = await warmUp(PORT.crash, page, prefix);
    const pid = first.server.child.pid!;

    log(`feedback, kill -9: ${CONNECTIONS} connections; SIGKILL after ${(SECONDS * KILL_AT).toFixed(1)} s`);
    const load = new Load(PORT.crash, page, prefix, true);
    const before = cpuSnapshot(pid);
    load.start();
    await sleep(SECONDS * KILL_AT * 1000);
    // The process spawned is node running Next's CLI, which serves in the same process and renames itself.
    const title = spawnSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim();
    if (!title.startsWith("next-server")) throw new Error(`process ${pid} is "${title}", not the server: not killing it`);
    const end = cpuSnapshot(pid);
    const exited = new Promise<void>((resolve) => first.server.child.once("exit", () => resolve()));
    process.kill(pid, "SIGKILL");
    await exited;
    await load.finish();
    const figs = figures(load, before.at, end, before);
    log(describeFigures("feedback, kill -9", figs));

    const lockLeftBehind = fs.existsSync(path.join(dataDir, "store.lock"));
    log(`feedback, kill -9: killed ${pid} ("${title}"); lock file left behind: ${lockLeftBehind ? "yes" : "no"}; restarting`);
    let restart: CrashResult["restart"];
    let afterRestart: number | undefined;
    let exportWhileRunning: number | undefined;
    let stopped: Stopped | undefined;
    const after: Sent[] = [];
    try {
      const second = await startServer("next start (feedback, after the kill)", options);
      restart = { ok: true, ms: second.ms };
      log(`feedback, kill -9: restarted, /healthz 200 after ${seconds(second.ms)}`);
      const agent = new http.Agent({ keepAlive: false });
      const record: Sent = { id: `${prefix}after-restart`, sentAt: performance.now(), doneAt: 0, status: 0, acknowledged: false };
      try {
        const answer = await post(agent, PORT.crash, formBody(page, record.id));
        record.status = answer.status;
        record.acknowledged = answer.status === 201 && isOk(answer.body);
      } catch (error) {
        record.error = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      }
      record.doneAt = performance.now();
      after.push(record);
      afterRestart = record.status;
      exportWhileRunning = (await exportAnswers({ dataDir })).code;
      stopped = await stopServer(second.server, dataDir);
    } catch (error) {
      restart = { ok: false, message: (error as Error).message.split("\n")[0]! };
      log(`feedback, kill -9: the restart failed: ${restart.message}`);
    }
    const check = await checkStore({ dataDir }, page, prefix, [...warm, ...load.sent, ...after]);
    log(`feedback, kill -9: acknowledged ${check.acknowledged}, stored ${check.stored}, missing ${check.missing}, stored but not acknowledged ${check.unacknowledged}`);
    return {
      startMs: first.ms,
      warmUp: warm.length,
      load: figs,
      killed: { pid, title },
      tail: tailOf(load, end.at),
      lockLeftBehind,
      restart,
      afterRestart,
      exportWhileRunning,
      stopped,
      check,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgres(distDir: string, page: string, log: (message: string) => void): Promise<FeedbackBenchResult["postgres"]> {
  const given = process.env.BENCH_DATABASE_URL;
  let url: string;
  let where: string;
  let stopPostgres = async () => {};
  if (given) {
    url = given;
    where = "BENCH_DATABASE_URL";
  } else {
    log("feedback, PostgreSQL: starting a throw-away cluster");
    try {
      const started = await startThrowawayPostgres();
      if ("skipped" in started) return { skipped: started.skipped };
      url = started.url;
      stopPostgres = started.stop;
      where = process.env.TEST_DATABASE_URL ? "TEST_DATABASE_URL" : "throw-away cluster, fsync off";
    } catch (error) {
      return { skipped: `a throw-away PostgreSQL cluster could not be started: ${(error as Error).message.split("\n")[0]}` };
    }
  }
  try {
    const version = await postgresVersion(url);
    const result = await throughput(`PostgreSQL ${version}`, { distDir, port: PORT.postgres, databaseUrl: url }, page, log);
    return { ...result, where, poolSize: process.env.DATABASE_POOL_SIZE?.trim() || "10" };
  } finally {
    await stopPostgres();
  }
}

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

export async function benchFeedback(options: { distDir: string; log: (m: string) => void; standalone?: boolean }): Promise<FeedbackBenchResult> {
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
    machine: machine(),
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

// ---------------------------------------------------------------------------------------------------------------
// The report

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const ms = (value: number) => (Number.isNaN(value) ? "?" : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);
const round = (value: number) => Math.round(value).toLocaleString("en-GB");
const cores = (value?: number) => (value === undefined ? "?" : value.toFixed(2));
const list = (counts: Record<string, number>) => {
  const entries = Object.entries(counts);
  return entries.length === 0 ? "0" : entries.map(([key, count]) => `${round(count)} × ${key}`).join(", ");
};
const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(", ");
const yesNo = (value: boolean) => (value ? "yes" : "no");

function version(name: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, Next ${version("next")}, PGlite ${version("@electric-sql/pglite")}, pg ${version("pg")}`;
}

const stoppedText = (stopped: Stopped) =>
  `${stopped.exit} in ${seconds(stopped.ms)}${stopped.clean ? "" : " (not a clean stop)"}${stopped.lockReleased === undefined ? "" : `, lock file ${stopped.lockReleased ? "removed" : "left behind"}`}`;

/** The stored answers that were never acknowledged, in words. */
function unacknowledgedText(check: StoreCheck): string {
  if (check.unacknowledged === 0) return "No answer was stored without being acknowledged.";
  const refused = check.unacknowledged - check.unacknowledgedNoAnswer;
  return (
    `${check.unacknowledged} stored ${check.unacknowledged === 1 ? "answer was" : "answers were"} never acknowledged: ${check.unacknowledgedNoAnswer} got no answer (cut off with the server)` +
    (refused > 0 ? `, and ${refused} had been refused (not 201) yet were stored.` : ".")
  );
}

const allStored = (check: StoreCheck) => check.missing === 0 && check.duplicates === 0 && check.altered === 0;

/** The section of bench/RESULTS.md, as lines. */
export function renderFeedbackSection(result: FeedbackBenchResult | { failed: string }): string[] {
  if ("failed" in result) return [HEADING, "", `Not measured: ${result.failed}`, ""];
  const { pglite, crash: crashed, postgres: pg } = result;
  const throughputs: [string, ThroughputResult][] = [["PGlite, fresh DATA_DIR", pglite]];
  if (!("skipped" in pg)) throughputs.push([`${pg.store} (${pg.where}, pool of ${pg.poolSize})`, pg]);
  const restart = crashed.restart;
  return [
    HEADING,
    "",
    `Measured on ${result.date} by ${result.standalone ? "`npx tsx bench/feedback.ts`" : "`npm run bench`"}, in ${seconds(result.totalMs)}.`,
    `Machine: ${result.machine}. Load average when it started: ${result.loadAtStart}; when it finished: ${result.loadAtEnd}.`,
    "",
    `\`POST /feedback\` with problem reports about \`${result.page}\` (form-encoded, \`Accept: application/json\`, each with its`,
    `own id in "What were you doing?"), from ${result.connections} keep-alive connections (node:http in the benchmark's process, ${result.connections}`,
    `loops sending one request at a time each) for ${result.seconds} s, after a ${WARM_UP_SECONDS}-second warm-up; \`FEEDBACK_RATE_LIMIT=0\`. Requests/s counts the`,
    "201 answers received in the window; p50 and p99 are their latencies. CPU is in cores (1.00 = one core busy",
    "all the time): the server process, the load generator, and the whole machine (other people's work included).",
    `At the end of the ${result.seconds} s no new request is sent and the server gets SIGTERM at once, with answers in flight;`,
    "then `npm run feedback:export -- --format=json` lists what was stored.",
    "",
    "| Store | Requests/s | p50 | p99 | Acknowledged | Other statuses | Errors | Server CPU per answer | CPU: server, load generator, machine |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | --- |",
    ...throughputs.map(
      ([label, r]) =>
        `| ${label} | ${round(r.load.rps)} | ${ms(r.load.p50)} | ${ms(r.load.p99)} | ${round(r.load.acknowledged)} | ${list(r.load.otherStatuses)} | ${list(r.load.errors)} | ${r.load.serverCpuPerAnswer === undefined ? "?" : `${r.load.serverCpuPerAnswer.toFixed(2)} ms`} | ${cores(r.load.serverCores)}, ${cores(r.load.loaderCores)}, ${cores(r.load.machineCores)} |`,
    ),
    ...("skipped" in pg ? ["", `PostgreSQL: not measured (${pg.skipped}).`] : []),
    "",
    "Stored against acknowledged (warm-up included), after the clean stop:",
    "",
    "| Store | Start to /healthz 200 | Acknowledged | Stored | Missing | Stored twice | Stored, not acknowledged | Requests open at the SIGTERM, then | Stop |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ...throughputs.map(
      ([label, r]) =>
        `| ${label} | ${seconds(r.startMs)} | ${round(r.check.acknowledged)} | ${round(r.check.stored)} | ${r.check.missing} | ${r.check.duplicates} | ${r.check.unacknowledged} | ${list(r.tail.outcomes)} | ${stoppedText(r.stopped)} |`,
    ),
    "",
    ...throughputs.map(
      ([label, r]) =>
        `${label}: every acknowledged answer stored exactly once and as sent: ${yesNo(allStored(r.check))}${r.check.altered ? ` (${r.check.altered} rows differ from what was sent)` : ""}. ${unacknowledgedText(r.check)}`,
    ),
    "",
    "### kill -9 in the middle",
    "",
    `PGlite on a fresh DATA_DIR, the same load; after ${seconds(crashed.load.seconds * 1000)} the server process (pid ${crashed.killed.pid}, \`ps\`: \`${crashed.killed.title}\`) got`,
    "SIGKILL. Each loop stops at its first error. Then `next start` again on the same folder, timed until `/healthz`",
    "answered 200, one more answer, a clean stop, the export.",
    "",
    "| Requests/s until the kill | Acknowledged | Requests open at the kill, then | Lock file left behind | Restart to /healthz 200 | First start (fresh folder) | Answer after the restart | Export while it runs | Stored | Missing | Stored, not acknowledged | Stop |",
    "| ---: | ---: | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    `| ${round(crashed.load.rps)} | ${round(crashed.check.acknowledged)} | ${list(crashed.tail.outcomes)}${Object.keys(crashed.tail.sentAfter).length ? `; sent after it: ${list(crashed.tail.sentAfter)}` : ""} | ${yesNo(crashed.lockLeftBehind)} | ${restart.ok ? seconds(restart.ms) : `**failed**: ${restart.message}`} | ${seconds(crashed.startMs)} | ${crashed.afterRestart ?? "not sent"} | ${crashed.exportWhileRunning === undefined ? "not run" : crashed.exportWhileRunning === 1 ? "refused (exit 1)" : `exit ${crashed.exportWhileRunning}`} | ${round(crashed.check.stored)} | ${crashed.check.missing} | ${crashed.check.unacknowledged} | ${crashed.stopped ? stoppedText(crashed.stopped) : "not stopped"} |`,
    "",
    `After the kill: every acknowledged answer stored exactly once and as sent: ${yesNo(allStored(crashed.check))}. ${unacknowledgedText(crashed.check)}`,
    "",
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// On its own: npx tsx bench/feedback.ts

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Builds the site into STANDALONE_DIST unless a finished build is there; puts tsconfig.json back as it was. */
async function ensureBuild(): Promise<void> {
  const dist = path.join(ROOT, STANDALONE_DIST);
  if (fs.existsSync(path.join(dist, BUILD_DONE))) {
    log(`reusing the build in ${STANDALONE_DIST} (delete the folder to rebuild)`);
    return;
  }
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = fs.readFileSync(tsconfig, "utf8");
  try {
    // `next build` copies the traced files into standalone/; a file deleted meanwhile by someone else's run
    // (test-results/ during end-to-end tests) fails the build, so it is tried again.
    for (let attempt = 1; ; attempt++) {
      log(`building the site into ${STANDALONE_DIST}${attempt > 1 ? ` (attempt ${attempt})` : ""}…`);
      const begin = performance.now();
      try {
        await run(process.execPath, [nextBin, "build"], { cwd: ROOT, env: { ...cleanEnv(), NEXT_DIST_DIR: STANDALONE_DIST } });
        log(`built in ${seconds(performance.now() - begin)}`);
        break;
      } catch (error) {
        const message = (error as Error).message;
        if (attempt >= 3 || !/Failed to copy traced files|ENOENT/.test(message)) throw error;
        log("the build failed copying a traced file that vanished meanwhile; trying again");
      }
    }
    fs.writeFileSync(path.join(dist, BUILD_DONE), `${new Date().toISOString()}\n`);
  } finally {
    if (fs.readFileSync(tsconfig, "utf8") !== before) fs.writeFileSync(tsconfig, before);
  }
}

async function main() {
  await ensureBuild();
  const result = await benchFeedback({ distDir: STANDALONE_DIST, log, standalone: true });
  console.log(`\n${renderFeedbackSection(result).join("\n")}`);
}

if (require.main === module) {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    })
    .finally(() => stopAll());
}
