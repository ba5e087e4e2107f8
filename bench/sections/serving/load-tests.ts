/**
 * The load tests of the serving section. The machine is shared, and other people's work comes and goes within
 * seconds, so each test's 30 seconds are run as six slices of 5, taken in turn (1 2 3 …, 2 3 … 1, 3 … 1 2, …): a
 * burst of outside load then falls on all of them alike instead of on whichever test was running.
 */
import { median } from "../../../lib/shared/stats";
import { treeCpuMs } from "../../../scripts/harness/cpu-time";
import { round, type Log } from "../../common";
import { runWrk } from "../../wrk";
import type { ServingServers } from "./servers";
import { CLIENT_KINDS, CONNECTIONS, DURATION, SLICES, describeTarget, requestHeaders, type LoadResult, type Target } from "./targets";

/** The tests: wrk alone, then each bare test next to its cache test (so that a burst of outside load is most likely to fall on both), then Next alone. */
export function servingTargets({ next, nginx, urls, ports }: ServingServers): Target[] {
  const targets: Target[] = [];
  if (nginx) {
    const nginxPids = () => [nginx.process.child.pid!];
    targets.push({ key: "ceiling", server: "ceiling", client: "browser", url: `http://127.0.0.1:${ports.bare}/ceiling`, pids: nginxPids });
    // Cache hits never reach Next, but count it too, in case they did.
    for (const client of CLIENT_KINDS) {
      targets.push({ key: `bare-${client}`, server: "bare", client, url: urls.bare, pids: nginxPids });
      targets.push({ key: `cache-${client}`, server: "cache", client, url: urls.cache, pids: () => [nginx.process.child.pid!, next.child.pid!] });
    }
  }
  for (const client of ["browser", "plain"] as const) targets.push({ key: `next-${client}`, server: "next", client, url: urls.next, pids: () => [next.child.pid!] });
  return targets;
}

/** Several slices of one load test as one: totals summed, the median p50 and the worst p99 of the slices. */
export function combine(slices: LoadResult[]): LoadResult {
  const sum = (pick: (result: LoadResult) => number) => slices.reduce((total, result) => total + pick(result), 0);
  const requests = sum((result) => result.requests);
  const seconds = sum((result) => result.seconds);
  const cpu = slices.every((result) => result.cpuPerRequest !== undefined)
    ? sum((result) => result.cpuPerRequest! * result.requests) / requests
    : undefined;
  return {
    rps: requests / seconds,
    p50: median(slices.map((result) => result.p50)),
    p99: Math.max(...slices.map((result) => result.p99)),
    errors: sum((result) => result.errors),
    requests,
    bytesPerResponse: sum((result) => result.bytesPerResponse * result.requests) / requests,
    seconds,
    cpuPerRequest: cpu,
  };
}

/** One slice of one test, with the CPU time its server's processes spent per request. */
async function slice(wrk: string, target: Target, seconds: number): Promise<LoadResult> {
  const cpu = () => target.pids().map(treeCpuMs);
  const before = cpu();
  const result: LoadResult = await runWrk(wrk, target.url, { connections: CONNECTIONS, seconds, headers: requestHeaders(target.client) });
  const after = cpu();
  if ([...before, ...after].every((time) => time !== undefined) && result.requests > 0) {
    const spent = after.reduce<number>((sum, time, index) => sum + time! - before[index]!, 0);
    result.cpuPerRequest = spent / result.requests;
  }
  return result;
}

/** Warms each target up, then runs the slices in turn; the combined result of each target, by its key. */
export async function runLoadTests(wrk: string, targets: Target[], log: Log): Promise<Map<string, LoadResult>> {
  const slices = new Map<string, LoadResult[]>(targets.map((target) => [target.key, []]));
  for (const target of targets) {
    log(`warming up ${describeTarget(target)}`);
    await runWrk(wrk, target.url, { connections: 10, seconds: 3, headers: requestHeaders(target.client) });
  }
  const sliceSeconds = Math.max(1, Math.round(DURATION / SLICES));
  for (let turn = 0; turn < SLICES; turn++) {
    for (let index = 0; index < targets.length; index++) {
      const target = targets[(index + turn) % targets.length]!;
      log(`load test: ${describeTarget(target)}, ${CONNECTIONS} connections, slice ${turn + 1} of ${SLICES} (${sliceSeconds} s)`);
      slices.get(target.key)!.push(await slice(wrk, target, sliceSeconds));
    }
  }
  const results = new Map<string, LoadResult>();
  for (const target of targets) {
    const result = combine(slices.get(target.key)!);
    results.set(target.key, result);
    log(`${describeTarget(target)}: ${round(result.rps)} requests/s, p99 ${result.p99.toFixed(1)} ms, ${round(result.bytesPerResponse)} bytes a response, errors ${result.errors}`);
  }
  return results;
}
