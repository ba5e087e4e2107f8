/**
 * Step 4 of `npm run bench`: what proxy.ts (the fix for malformed addresses) costs. Throughput on a shared 2-core
 * machine moves by a third from run to run, more than any difference to be found, so the measure is the CPU time
 * the server process spends per request (from /proc), in alternating runs of the two builds served side by side.
 * Whichever runs second in a pair was found to spend 5-10 % more (the other server's after-work competes with it),
 * so the order alternates (ABBA), each server is warmed up first, and each run starts after a pause. Both builds
 * are started now, together, so that neither carries the history of the load tests (a server that has just served
 * 40,000 requests was found to spend about 10 % more CPU per request than a fresh one).
 */
import fs from "node:fs";
import path from "node:path";
import { median } from "../../lib/shared/stats";
import { cpuMs } from "../../scripts/harness/cpu-time";
import { startNext } from "../../scripts/harness/next";
import { stop, waitForHttp, type Started } from "../../scripts/harness/processes";
import { ROOT, build, round, type Log } from "../common";
import { get } from "../http";
import { runWrk } from "../wrk";
import { DURATION } from "./serving/targets";

const ROUNDS = 4;
const SECONDS = Math.max(3, Math.round(DURATION / 6));
const CONNECTIONS = 10;
const PAUSE_MS = 3000;
/** The copy of the project without proxy.ts (removed at the end of the benchmark). */
export const NO_PROXY_SRC = ".next-bench-noproxy-src";

interface CpuRun {
  /** CPU milliseconds the server spent per request, if /proc can tell. */
  cpuPerRequest?: number;
  rps: number;
  errors: number;
}

export interface ProxyCost {
  withProxy: CpuRun[];
  withoutProxy: CpuRun[];
  /** The status of a malformed address without proxy.ts, and with it. */
  malformed: [number, number];
}

/** Loads the server for `seconds` and measures the CPU time its process spent per request. */
async function cpuPerRequest(wrk: string, server: Started, url: string): Promise<CpuRun> {
  const pid = server.child.pid!;
  const before = cpuMs(pid);
  const result = await runWrk(wrk, url, { connections: CONNECTIONS, seconds: SECONDS });
  const after = cpuMs(pid);
  return {
    cpuPerRequest: before !== undefined && after !== undefined && result.requests > 0 ? (after - before) / result.requests : undefined,
    rps: result.rps,
    errors: result.errors,
  };
}

/** A copy of the project without proxy.ts, to measure what the proxy costs. node_modules is shared. */
function makeNoProxyCopy(): string {
  const dir = path.join(ROOT, NO_PROXY_SRC);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  for (const entry of ["app", "components", "lib", "content", "next.config.ts", "tsconfig.json", "package.json"]) {
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join("..", "node_modules"), path.join(dir, "node_modules"));
  if (fs.existsSync(path.join(dir, "proxy.ts"))) throw new Error("the copy must not have proxy.ts");
  return dir;
}

export async function measureProxyCost(options: {
  wrk: string;
  rolePath: string;
  /** The environment of the site's build (with proxy.ts) and of a fresh build (without). */
  siteEnv: NodeJS.ProcessEnv;
  baseEnv: NodeJS.ProcessEnv;
  ports: { withProxy: number; noProxy: number };
  log: Log;
}): Promise<ProxyCost> {
  const { wrk, ports, log } = options;
  const noProxyDir = makeNoProxyCopy();
  await build("the site without proxy.ts", noProxyDir, options.baseEnv);
  const without = startNext("next start (no proxy.ts)", ports.noProxy, { cwd: noProxyDir, env: options.baseEnv });
  const withIt = startNext("next start (with proxy.ts)", ports.withProxy, { cwd: ROOT, env: options.siteEnv });
  const [withoutUrl, withUrl] = [ports.noProxy, ports.withProxy].map((port) => `http://127.0.0.1:${port}`) as [string, string];
  await waitForHttp(`${withoutUrl}/`, without);
  await waitForHttp(`${withUrl}/`, withIt);
  const cost: ProxyCost = { withProxy: [], withoutProxy: [], malformed: [0, 0] };
  const measureWithout = async () => cost.withoutProxy.push(await cpuPerRequest(wrk, without, `${withoutUrl}${options.rolePath}`));
  const measureWith = async () => cost.withProxy.push(await cpuPerRequest(wrk, withIt, `${withUrl}${options.rolePath}`));
  log("proxy cost: warming up both builds");
  await runWrk(wrk, `${withoutUrl}${options.rolePath}`, { connections: CONNECTIONS, seconds: 5 });
  await runWrk(wrk, `${withUrl}${options.rolePath}`, { connections: CONNECTIONS, seconds: 5 });
  for (let pass = 1; pass <= ROUNDS; pass++) {
    log(`proxy cost, round ${pass} of ${ROUNDS}`);
    for (const measure of pass % 2 === 1 ? [measureWithout, measureWith] : [measureWith, measureWithout]) {
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      await measure();
    }
  }
  cost.malformed = [(await get(`${withoutUrl}/roles/%E0%A4%A`)).status, (await get(`${withUrl}/roles/%E0%A4%A`)).status];
  await stop(without);
  await stop(withIt);
  return cost;
}

/** What the proxy comparison shows, in words: a cost, or a difference smaller than the runs' own spread. */
function proxyVerdict(without: CpuRun[], withIt: CpuRun[], cpuWithout?: number, cpuWith?: number): string {
  if (cpuWith === undefined || cpuWithout === undefined) return "CPU time could not be read (/proc is Linux only).";
  const spread = (runs: CpuRun[]) => {
    const values = runs.map((run) => run.cpuPerRequest!);
    return Math.max(...values) - Math.min(...values);
  };
  const noise = Math.max(spread(without), spread(withIt));
  const difference = cpuWith - cpuWithout;
  const sign = difference >= 0 ? "+" : "−";
  const errors = [...without, ...withIt].reduce((sum, run) => sum + run.errors, 0);
  const head = `Difference of the medians: ${sign}${Math.abs(difference).toFixed(3)} ms of CPU per request (${sign}${Math.abs((difference / cpuWithout) * 100).toFixed(1)} %)`;
  return Math.abs(difference) < noise
    ? `${head}, less than the spread between runs of the same build (up to ${noise.toFixed(3)} ms): the proxy's cost cannot be told apart from noise. Errors: ${errors}.`
    : `${head}; at full load that is ${((1 - cpuWithout / cpuWith) * 100).toFixed(1)} % ${difference >= 0 ? "fewer" : "more"} requests per second. Errors: ${errors}.`;
}

const cpuOf = (runs: CpuRun[]) =>
  runs.every((run) => run.cpuPerRequest !== undefined) ? median(runs.map((run) => run.cpuPerRequest!)) : undefined;
const ms3 = (value: number | undefined) => (value === undefined ? "?" : `${value.toFixed(3)} ms`);

export function proxyCostSection(cost: ProxyCost): string[] {
  const [cpuWith, cpuWithout] = [cpuOf(cost.withProxy), cpuOf(cost.withoutProxy)];
  const tableRow = (label: string, runs: CpuRun[], cpu: number | undefined) =>
    `| ${label} | ${runs.map((run) => ms3(run.cpuPerRequest)).join(", ")} | ${ms3(cpu)} | ${runs.map((run) => round(run.rps)).join(", ")} |`;
  return [
    "## What the fix for malformed addresses costs",
    "",
    "Next 16.4 answers a path with an undecodable percent-escape on a dynamic route (`/roles/%E0%A4%A`) with a",
    `500; proxy.ts answers it with the 404 page (here: ${cost.malformed[0]} without it, ${cost.malformed[1]} with it). Its`,
    "matcher only lets paths containing `%` into it, so an ordinary request costs one regular-expression test in",
    "Next's router. Measured against the same site built without proxy.ts: two fresh servers started together,",
    `in alternating runs of ${SECONDS} s with wrk at ${CONNECTIONS} connections (without, with; with, without; …, after a`,
    "warm-up of each). The measure is the CPU time the server process spent per request (from /proc/<pid>/stat),",
    "which other work on the machine disturbs far less than requests per second do. The runs are listed in the",
    "order they were made.",
    "",
    "| Build | CPU per request, each run | Median | Requests/s, each run |",
    "| --- | --- | ---: | --- |",
    tableRow("without proxy.ts", cost.withoutProxy, cpuWithout),
    tableRow("with proxy.ts", cost.withProxy, cpuWith),
    "",
    proxyVerdict(cost.withoutProxy, cost.withProxy, cpuWithout, cpuWith),
    "",
  ];
}
