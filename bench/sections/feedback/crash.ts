/**
 * A crash: the same load on a fresh DATA_DIR, SIGKILL to the server half-way through, a restart on the same
 * folder (timed until /healthz answers 200), one more answer, a clean stop, the export and the same check.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { Started } from "../../../scripts/harness/processes";
import { seconds, type Log } from "../../common";
import { Load, cpuSnapshot, deliver, figures, newRecord, tailOf, type Sent } from "./load";
import type { CrashResult, Stopped } from "./results";
import { startServer, stopServer, type ServerOptions } from "./server";
import { CONNECTIONS, KILL_AT, PORT, SECONDS } from "./settings";
import { checkStore, exportAnswers } from "./store";
import { describeFigures, runId, sleep, warmUp } from "./throughput";

/** Loads the server, kills it with SIGKILL half-way through, and waits for every request's answer or error. */
async function killUnderLoad(server: Started, page: string, prefix: string, log: Log) {
  const pid = server.child.pid!;
  log(`feedback, kill -9: ${CONNECTIONS} connections; SIGKILL after ${(SECONDS * KILL_AT).toFixed(1)} s`);
  const load = new Load(PORT.crash, page, prefix, true);
  const before = cpuSnapshot(pid);
  load.start();
  await sleep(SECONDS * KILL_AT * 1000);
  // The process spawned is node running Next's CLI, which serves in the same process and renames itself.
  const title = spawnSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim();
  if (!title.startsWith("next-server")) throw new Error(`process ${pid} is "${title}", not the server: not killing it`);
  const end = cpuSnapshot(pid);
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  process.kill(pid, "SIGKILL");
  await exited;
  await load.finish();
  const figs = figures(load, before.at, end, before);
  log(describeFigures("feedback, kill -9", figs));
  return { load, figs, end, killed: { pid, title } };
}

/** Starts the server again on the same folder, sends one more answer, runs the export meanwhile, stops it. */
async function restartAndAnswer(options: ServerOptions & { dataDir: string }, page: string, prefix: string, log: Log) {
  const after: Sent[] = [];
  let restart: CrashResult["restart"];
  let exportWhileRunning: number | undefined;
  let stopped: Stopped | undefined;
  try {
    const second = await startServer("next start (feedback, after the kill)", options);
    restart = { ok: true, ms: second.ms };
    log(`feedback, kill -9: restarted, /healthz 200 after ${seconds(second.ms)}`);
    const record = newRecord(`${prefix}after-restart`);
    await deliver(record, new http.Agent({ keepAlive: false }), PORT.crash, page);
    after.push(record);
    exportWhileRunning = (await exportAnswers({ dataDir: options.dataDir })).code;
    stopped = await stopServer(second.server, options.dataDir);
  } catch (error) {
    restart = { ok: false, message: (error as Error).message.split("\n")[0]! };
    log(`feedback, kill -9: the restart failed: ${restart.message}`);
  }
  return { after, restart, afterRestart: after[0]?.status, exportWhileRunning, stopped };
}

export async function crash(distDir: string, page: string, log: Log): Promise<CrashResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-feedback-crash-"));
  const options = { distDir, port: PORT.crash, dataDir };
  const prefix = `${runId()}k-`;
  try {
    log("feedback, kill -9: starting the server on a fresh DATA_DIR");
    const first = await startServer("next start (feedback, before the kill)", options);
    const warm = await warmUp(PORT.crash, page, prefix);
    const { load, figs, end, killed } = await killUnderLoad(first.server, page, prefix, log);

    const lockLeftBehind = fs.existsSync(path.join(dataDir, "store.lock"));
    log(`feedback, kill -9: killed ${killed.pid} ("${killed.title}"); lock file left behind: ${lockLeftBehind ? "yes" : "no"}; restarting`);
    const { after, ...restarted } = await restartAndAnswer(options, page, prefix, log);
    const check = await checkStore({ dataDir }, page, prefix, [...warm, ...load.sent, ...after]);
    log(`feedback, kill -9: acknowledged ${check.acknowledged}, stored ${check.stored}, missing ${check.missing}, stored but not acknowledged ${check.unacknowledged}`);
    return {
      startMs: first.ms,
      warmUp: warm.length,
      load: figs,
      killed,
      tail: tailOf(load, end.at),
      lockLeftBehind,
      ...restarted,
      check,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
