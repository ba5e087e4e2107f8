/**
 * Throughput: `next start` on a store, a warm-up, then 20 connections for BENCH_FEEDBACK_SECONDS; at the end no new
 * request is sent and the server gets SIGTERM at once (a clean stop with answers still in flight); then the export
 * is checked against what was acknowledged.
 */
import type { Log } from "../../common";
import { seconds } from "../../common";
import { Load, cpuSnapshot, figures, tailOf, type Sent } from "./load";
import { list, ms } from "./report";
import type { LoadFigures, ThroughputResult } from "./results";
import { startServer, stopServer, type ServerOptions } from "./server";
import { CONNECTIONS, SECONDS, WARM_UP_SECONDS } from "./settings";
import { checkStore } from "./store";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const runId = () => `bench-${Date.now().toString(36)}`;

export async function warmUp(port: number, page: string, prefix: string): Promise<Sent[]> {
  const load = new Load(port, page, `${prefix}w`, false);
  load.start();
  await sleep(WARM_UP_SECONDS * 1000);
  await load.finish();
  return load.sent;
}

export function describeFigures(label: string, load: LoadFigures): string {
  return `${label}: ${Math.round(load.rps)} answers/s, p50 ${ms(load.p50)}, p99 ${ms(load.p99)}, other statuses ${list(load.otherStatuses)}, errors ${list(load.errors)}`;
}

export async function throughput(label: string, options: ServerOptions, page: string, log: Log): Promise<ThroughputResult> {
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
