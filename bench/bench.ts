/**
 * `npm run bench`: how fast the built site serves, how heavy its pages are and how its build grows. Not part of
 * `npm test`; takes 6 to 11 minutes on a 2-core machine. Writes bench/RESULTS.md (keeping the hand-written
 * part at its end) and prints the same.
 *
 * 1. Builds the site (.next-bench) and starts `next start` on it.
 * 2. Puts the shipped deploy/nginx.conf (a cache) in front of it, and a bare nginx beside it serving the same
 *    prerendered HTML file: the ceiling on this machine. Load-tests a role page on all three with autocannon
 *    (50 connections, 30 seconds each): requests per second, p99 latency, errors.
 * 3. Measures what proxy.ts (the fix for malformed addresses) costs: the same site built without it, served
 *    side by side, in alternating runs.
 * 4. Page weight of the home, an industry and a role page: HTML, CSS and JavaScript, gzipped, and how much of
 *    the JavaScript is the site's own.
 * 5. Runs the standalone server (Node alone) from a copy in a temporary folder.
 * 6. Build time for 4, 100 and 1,000 generated roles.
 * 7. Readers' feedback (bench/feedback.ts): POST /feedback at 20 connections on PGlite and on PostgreSQL, whether
 *    every acknowledged answer is stored, and a kill -9 of the server in the middle of the load.
 *
 * Ports 3410–3415 and 3420–3422. For a quick trial run: BENCH_DURATION (seconds per load test, default 30),
 * BENCH_SIZES (role counts to build, default 4,100,1000) and BENCH_FEEDBACK_SECONDS (default 10).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../lib/content/load";
import { benchFeedback, renderFeedbackSection, type FeedbackBenchResult } from "./feedback";
import { generateContent } from "./generate-content";
import { checkNginx, nginxArgs, prepareNginx } from "./nginx";
import { measurePage, GZIP_LEVEL, type PageWeight } from "./page-weight";
import { findNginx, nginxSpawnOptions, run, start, stop, stopAll, waitForHttp, type Started } from "./processes";
import { benchScale } from "./scale";

const ROOT = process.cwd();
const PORT = { next: 3410, cache: 3411, bare: 3412, noProxy: 3413, standalone: 3414, withProxy: 3415 } as const;
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const SLICES = 3;
const PROXY_ROUNDS = 4;
const PROXY_REQUESTS = Math.max(1000, DURATION * 200);
const PROXY_CONNECTIONS = 10;
const PAUSE_MS = 3000;
const BUILD_SIZES = (process.env.BENCH_SIZES ?? "4,100,1000").split(",").map(Number);
const ROLES_PER_INDUSTRY = 25;
const DIST = ".next-bench";
const NO_PROXY_SRC = ".next-bench-noproxy-src";
const TARGET = { ratio: 0.8, ownJsKb: 5, roleTotalKb: 160, slopeTolerance: 1.25 };
const RESULTS = path.join(ROOT, "bench", "RESULTS.md");
// `next build` adds each build folder's types to tsconfig.json's "include"; put it back as it was afterwards.
const TSCONFIG = path.join(ROOT, "tsconfig.json");
const tsconfigBefore = fs.readFileSync(TSCONFIG, "utf8");
const HAND_WRITTEN = "<!-- Written by hand below this line: npm run bench keeps it. -->";

const nextBin = require.resolve("next/dist/bin/next");
const autocannonBin = require.resolve("autocannon/autocannon.js");
const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
delete baseEnv.CONTENT_DIR;
delete baseEnv.NEXT_DIST_DIR;

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value).toLocaleString("en-GB");
const load = () => os.loadavg().map((value) => value.toFixed(1)).join(", ");

/**
 * CPU time used so far by this process's finished children and their children (cutime and cstime in
 * /proc/self/stat), in milliseconds: the CPU a build took, whatever else the machine was doing meanwhile.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

interface BuildTime {
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds (user and system, all processes of the build), if /proc can tell. */
  cpuMs?: number;
}

async function build(label: string, cwd: string, env: NodeJS.ProcessEnv): Promise<BuildTime> {
  log(`building ${label}…`);
  const begin = performance.now();
  const cpuBefore = childrenCpuMs();
  await run(process.execPath, [nextBin, "build"], { cwd, env });
  const ms = performance.now() - begin;
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  log(`built ${label} in ${seconds(ms)}${cpuMs === undefined ? "" : ` (${seconds(cpuMs)} of CPU)`}`);
  return { ms, cpuMs };
}

function startNext(name: string, port: number, cwd: string, env: NodeJS.ProcessEnv): Started {
  return start(name, process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd, env });
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: number;
  bytesPerResponse: number;
  /** Seconds the test ran. */
  seconds: number;
  /** CPU milliseconds the server (all its processes) spent per request, if /proc can tell. */
  cpuPerRequest?: number;
}

async function loadTest(url: string, duration: number, connections = CONNECTIONS): Promise<LoadResult> {
  const output = await run(process.execPath, [autocannonBin, "-c", String(connections), "-d", String(duration), "-j", url], {
    env: baseEnv,
  });
  const line = output.trim().split("\n").findLast((text) => text.startsWith("{"));
  if (!line) throw new Error(`autocannon printed no result:\n${output}`);
  const result = JSON.parse(line);
  const requests = result.requests.total as number;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests,
    bytesPerResponse: requests > 0 ? result.throughput.total / requests : 0,
    seconds: result.duration,
  };
}

/** Several slices of one load test as one: totals summed, the median p50 and the worst p99 of the slices. */
function combine(slices: LoadResult[]): LoadResult {
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
    timeouts: sum((result) => result.timeouts),
    non2xx: sum((result) => result.non2xx),
    requests,
    bytesPerResponse: sum((result) => result.bytesPerResponse * result.requests) / requests,
    seconds,
    cpuPerRequest: cpu,
  };
}

/** CPU time (user and system) a process has used so far, in milliseconds, from /proc (Linux only). */
function cpuMs(pid: number): number | undefined {
  try {
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat: 12th and 13th after the command name.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** CPU time of a process and its children (nginx's workers), in milliseconds. */
function treeCpuMs(pid: number): number | undefined {
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // No children file: count the process alone.
  }
  const times = [pid, ...children].map(cpuMs);
  return times.every((time) => time !== undefined) ? times.reduce<number>((sum, time) => sum + time!, 0) : undefined;
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

interface CpuRun {
  /** CPU milliseconds the server spent per request, if /proc can tell. */
  cpuPerRequest?: number;
  rps: number;
  errors: number;
}

/** Sends `requests` requests and measures the CPU time the server's process spent on them. */
async function cpuPerRequest(server: Started, url: string, requests: number): Promise<CpuRun> {
  const pid = server.child.pid!;
  const before = cpuMs(pid);
  const output = await run(process.execPath, [autocannonBin, "-c", String(PROXY_CONNECTIONS), "-a", String(requests), "-j", url], {
    env: baseEnv,
  });
  const after = cpuMs(pid);
  const result = JSON.parse(output.trim().split("\n").findLast((text) => text.startsWith("{"))!);
  return {
    cpuPerRequest: before !== undefined && after !== undefined ? (after - before) / requests : undefined,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
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

function machine(): string {
  const cpus = os.cpus();
  const version = (name: string) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, Next ${version("next")}, autocannon ${version("autocannon")}`;
}

async function main() {
  const startedAt = performance.now();
  const nginx = findNginx();
  // nginx -v prints "nginx version: nginx/1.22.1" on stderr.
  const nginxVersion = nginx ? spawnSync(nginx, ["-v"], { encoding: "utf8" }).stderr.replace("nginx version: ", "").trim() : "";
  const content = loadContent(path.join(ROOT, "content"), ROOT);
  if (!content.content) throw new Error("the content has problems: run npm run content:check");
  const role = content.content.roles[0]!.slug;
  const industry = content.content.industries[0]!.slug;
  const rolePath = `/roles/${role}`;
  const loadAtStart = load();
  log(`machine: ${machine()}; load average ${loadAtStart}`);

  // 1. Builds: the site, and the same site without proxy.ts.
  const siteEnv = { ...baseEnv, NEXT_DIST_DIR: DIST };
  const siteBuild = await build("the site", ROOT, siteEnv);
  const noProxyDir = makeNoProxyCopy();
  await build("the site without proxy.ts", noProxyDir, baseEnv);

  // 2. Servers.
  const next = startNext("next start", PORT.next, ROOT, siteEnv);
  // For the proxy comparison: the site with and without proxy.ts, started together and left idle until then,
  // so that neither carries the history of the load tests (a server that has just served 40,000 requests was
  // found to spend about 10 % more CPU per request than a fresh one).
  const noProxy = startNext("next start (no proxy.ts)", PORT.noProxy, noProxyDir, baseEnv);
  const withProxyServer = startNext("next start (with proxy.ts)", PORT.withProxy, ROOT, siteEnv);
  await waitForHttp(`http://127.0.0.1:${PORT.next}/`, next);
  await waitForHttp(`http://127.0.0.1:${PORT.noProxy}/`, noProxy);
  await waitForHttp(`http://127.0.0.1:${PORT.withProxy}/`, withProxyServer);

  const html = path.join(ROOT, DIST, "server", "app", "roles", `${role}.html`);
  const bareRoot = fs.mkdtempSync(path.join(os.tmpdir(), "careers-bare-"));
  fs.mkdirSync(path.join(bareRoot, "roles"));
  fs.copyFileSync(html, path.join(bareRoot, "roles", `${role}.html`));

  let nginxProcess: Started | undefined;
  let nginxCheck = "nginx is not installed: the cache and the ceiling were not measured";
  let nginxPrefix: string | undefined;
  const cacheChecks: string[] = [];
  if (nginx) {
    const setup = prepareNginx({ port: PORT.cache, upstreamPort: PORT.next, bare: { port: PORT.bare, root: bareRoot } });
    nginxPrefix = setup.prefix;
    nginxCheck = (await checkNginx(nginx, setup)).split("\n").at(-1)!.replace(setup.config, "deploy/nginx.conf");
    nginxProcess = start("nginx", nginx, nginxArgs(setup), nginxSpawnOptions());
    await waitForHttp(`http://127.0.0.1:${PORT.bare}${rolePath}`, nginxProcess);
    await waitForHttp(`http://127.0.0.1:${PORT.cache}/`, nginxProcess);
    // The cache: a miss, then a hit with the same page and Next's security headers.
    const first = await get(`http://127.0.0.1:${PORT.cache}${rolePath}`);
    const second = await get(`http://127.0.0.1:${PORT.cache}${rolePath}`);
    const direct = await get(`http://127.0.0.1:${PORT.next}${rolePath}`);
    const bare = await get(`http://127.0.0.1:${PORT.bare}${rolePath}`);
    const search = await get(`http://127.0.0.1:${PORT.cache}/search?q=coder`);
    const searchAgain = await get(`http://127.0.0.1:${PORT.cache}/search?q=coder`);
    cacheChecks.push(
      `role page through the cache: first ${first.headers.get("x-cache-status")}, then ${second.headers.get("x-cache-status")}`,
      `same HTML from Next, from the cache and from the bare file: ${direct.body === second.body && direct.body === bare.body ? "yes" : "no"}`,
      `Content-Security-Policy passed through the cache: ${second.headers.get("content-security-policy") === direct.headers.get("content-security-policy") ? "yes" : "no"}`,
      `/search through the cache: ${search.headers.get("x-cache-status")}, then ${searchAgain.headers.get("x-cache-status")} (never cached: Next sends private, no-store)`,
    );
  }

  // 3. Load tests. The machine is shared, and other people's work comes and goes within seconds, so each
  // server's 30 seconds are run as three slices of 10, taken in turn (1 2 3, 2 3 1, 3 1 2): a burst of outside
  // load then falls on all three alike instead of on whichever test was running.
  const targets: { key: "next" | "cache" | "bare"; label: string; url: string; pids: () => number[] }[] = [
    { key: "next", label: "1. `next start`", url: `http://127.0.0.1:${PORT.next}${rolePath}`, pids: () => [next.child.pid!] },
    ...(nginxProcess
      ? [
          {
            key: "cache" as const,
            label: "2. nginx cache (deploy/nginx.conf) in front of it",
            url: `http://127.0.0.1:${PORT.cache}${rolePath}`,
            // Cache hits never reach Next, but count it too, in case they did.
            pids: () => [nginxProcess.child.pid!, next.child.pid!],
          },
          {
            key: "bare" as const,
            label: "3. bare nginx, the same HTML file",
            url: `http://127.0.0.1:${PORT.bare}${rolePath}`,
            pids: () => [nginxProcess.child.pid!],
          },
        ]
      : []),
  ];
  const results = new Map<string, LoadResult>();
  const slices = new Map<string, LoadResult[]>(targets.map((target) => [target.key, []]));
  for (const target of targets) {
    log(`warming up ${target.label}`);
    await loadTest(target.url, 3, 10);
  }
  const sliceSeconds = Math.max(1, Math.round(DURATION / SLICES));
  for (let slice = 0; slice < SLICES; slice++) {
    for (let index = 0; index < targets.length; index++) {
      const target = targets[(index + slice) % targets.length]!;
      log(`load test: ${target.label}, ${CONNECTIONS} connections, slice ${slice + 1} of ${SLICES} (${sliceSeconds} s)`);
      const cpu = () => target.pids().map(treeCpuMs);
      const before = cpu();
      const result = await loadTest(target.url, sliceSeconds);
      const after = cpu();
      if ([...before, ...after].every((time) => time !== undefined) && result.requests > 0) {
        const spent = after.reduce<number>((sum, time, index) => sum + time! - before[index]!, 0);
        result.cpuPerRequest = spent / result.requests;
      }
      slices.get(target.key)!.push(result);
    }
  }
  for (const target of targets) {
    const result = combine(slices.get(target.key)!);
    results.set(target.key, result);
    log(`${target.label}: ${round(result.rps)} requests/s, p99 ${result.p99} ms, errors ${result.errors + result.timeouts + result.non2xx}`);
  }
  if (nginx) {
    const after = await get(`http://127.0.0.1:${PORT.cache}${rolePath}`);
    cacheChecks.push(`after the load test the role page is still a cache ${after.headers.get("x-cache-status")}`);
  }

  // 4. What proxy.ts costs. Throughput on a shared 2-core machine moves by a third from run to run, more than
  // any difference to be found, so the measure is the CPU time the server process spends per request (from
  // /proc), in alternating runs of the two builds served side by side. Whichever runs second in a pair was
  // found to spend 5-10 % more (the other server's after-work competes with it), so the order alternates
  // (ABBA), each server is warmed up first, and each run starts after a pause.
  const withProxy: CpuRun[] = [];
  const withoutProxy: CpuRun[] = [];
  const measureWithout = async () =>
    withoutProxy.push(await cpuPerRequest(noProxy, `http://127.0.0.1:${PORT.noProxy}${rolePath}`, PROXY_REQUESTS));
  const measureWith = async () =>
    withProxy.push(await cpuPerRequest(withProxyServer, `http://127.0.0.1:${PORT.withProxy}${rolePath}`, PROXY_REQUESTS));
  log("proxy cost: warming up both builds");
  await loadTest(`http://127.0.0.1:${PORT.noProxy}${rolePath}`, 5, PROXY_CONNECTIONS);
  await loadTest(`http://127.0.0.1:${PORT.withProxy}${rolePath}`, 5, PROXY_CONNECTIONS);
  for (let pass = 1; pass <= PROXY_ROUNDS; pass++) {
    log(`proxy cost, round ${pass} of ${PROXY_ROUNDS}`);
    for (const measure of pass % 2 === 1 ? [measureWithout, measureWith] : [measureWith, measureWithout]) {
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      await measure();
    }
  }
  const malformed = await get(`http://127.0.0.1:${PORT.noProxy}/roles/%E0%A4%A`);
  const malformedFixed = await get(`http://127.0.0.1:${PORT.withProxy}/roles/%E0%A4%A`);

  // 5. Page weight.
  log("page weight");
  const weights: PageWeight[] = [];
  const origin = `http://127.0.0.1:${PORT.next}`;
  weights.push(await measurePage(origin, "/", path.join(ROOT, DIST), "/"));
  weights.push(await measurePage(origin, `/industries/${industry}`, path.join(ROOT, DIST), "/industries/[industry]"));
  weights.push(await measurePage(origin, rolePath, path.join(ROOT, DIST), "/roles/[role]"));

  if (nginxProcess) await stop(nginxProcess);
  await stop(noProxy);
  await stop(withProxyServer);
  await stop(next);

  // 6. The standalone server, from a copy with nothing of the project beside it.
  log("standalone server from a temporary folder");
  const standaloneDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-standalone-"));
  await run(process.execPath, ["deploy/standalone.mjs", "--out", standaloneDir, "--no-start"], { cwd: ROOT, env: siteEnv });
  const standalone = start("node server.js", process.execPath, [path.join(standaloneDir, "server.js")], {
    cwd: standaloneDir,
    env: { ...baseEnv, PORT: String(PORT.standalone), HOSTNAME: "127.0.0.1" },
  });
  await waitForHttp(`http://127.0.0.1:${PORT.standalone}/`, standalone);
  const standalonePaths = ["/", `/industries/${industry}`, rolePath, "/search?q=coder", `/compare?roles=${content.content.roles.slice(0, 2).map((r) => r.slug).join(",")}`, "/api/roles.json", `/roles/${role}/opengraph-image`, "/no-such-page"];
  const standaloneResults: string[] = [];
  for (const pagePath of standalonePaths) {
    const response = await get(`http://127.0.0.1:${PORT.standalone}${pagePath}`);
    standaloneResults.push(`\`${pagePath}\` ${response.status}${response.headers.get("content-security-policy") ? "" : " (no CSP!)"}`);
  }
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec((await get(`http://127.0.0.1:${PORT.standalone}${rolePath}`)).body)?.[1];
  if (asset) standaloneResults.push(`a script under /_next/static ${(await get(`http://127.0.0.1:${PORT.standalone}${asset}`)).status}`);
  const standaloneSize = execFileSync("du", ["-sh", standaloneDir], { encoding: "utf8" }).split("\t")[0];
  const tracedContent = fs.existsSync(path.join(standaloneDir, "content", "roles", `${role}.md`));
  await stop(standalone);
  fs.rmSync(standaloneDir, { recursive: true, force: true });

  // 7. Build time against the number of roles.
  const builds: ({ roles: number; industries: number; pages: number } & BuildTime)[] = [];
  for (const roles of BUILD_SIZES) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "careers-build-"));
    const industries = Math.max(1, Math.round(roles / ROLES_PER_INDUSTRY));
    generateContent(path.join(work, "content"), { roles, industries });
    const dist = `${DIST}-${roles}`;
    const time = await build(`${roles} generated roles`, ROOT, { ...baseEnv, CONTENT_DIR: path.join(work, "content"), NEXT_DIST_DIR: dist });
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, dist, "prerender-manifest.json"), "utf8"));
    builds.push({ roles, industries, pages: Object.keys(manifest.routes).length, ...time });
    fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }

  // 8. Readers' feedback, on the same build. A failure here is reported in its section rather than losing the
  // results above.
  let feedback: FeedbackBenchResult | { failed: string };
  try {
    feedback = await benchFeedback({ distDir: DIST, log });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0]!;
    log(`readers' feedback: failed: ${message}`);
    feedback = { failed: message };
  }

  fs.rmSync(bareRoot, { recursive: true, force: true });
  if (nginxPrefix) fs.rmSync(nginxPrefix, { recursive: true, force: true });

  writeResults({
    loadAtStart,
    nginxVersion: nginxVersion || "no nginx",
    siteBuild,
    role,
    rolePath,
    results,
    cacheChecks,
    nginxCheck,
    withProxy,
    withoutProxy,
    malformed: [malformed.status, malformedFixed.status],
    weights,
    standaloneResults,
    standaloneSize: standaloneSize ?? "?",
    tracedContent,
    builds,
    feedback,
    totalMs: performance.now() - startedAt,
  });

  // 9. Scale (bench/scale.ts): page sizes and search times at 4, 100 and 1,000 roles, in a section of its own.
  await benchScale({ log });
}

interface Report {
  loadAtStart: string;
  nginxVersion: string;
  siteBuild: BuildTime;
  role: string;
  rolePath: string;
  results: Map<string, LoadResult>;
  cacheChecks: string[];
  nginxCheck: string;
  withProxy: CpuRun[];
  withoutProxy: CpuRun[];
  malformed: [number, number];
  weights: PageWeight[];
  standaloneResults: string[];
  standaloneSize: string;
  tracedContent: boolean;
  builds: ({ roles: number; industries: number; pages: number } & BuildTime)[];
  feedback: FeedbackBenchResult | { failed: string };
  totalMs: number;
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

function writeResults(report: Report) {
  const { results, weights, builds } = report;
  const next = results.get("next");
  const cache = results.get("cache");
  const bare = results.get("bare");
  const errorsOf = (result: LoadResult) => result.errors + result.timeouts + result.non2xx;
  const ratio = (a?: LoadResult, b?: LoadResult) => (a && b ? a.rps / b.rps : undefined);
  const ratio13 = ratio(next, bare);
  const ratio23 = ratio(cache, bare);
  const role = weights.find((weight) => weight.path === report.rolePath)!;
  const met = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "**met**" : "**missed**");

  // Growth is judged on CPU time, which other people's work on the machine hardly changes; wall time is shown too.
  const useCpu = builds.every((build) => build.cpuMs !== undefined);
  const cost = (build: BuildTime) => (useCpu ? build.cpuMs! : build.ms);
  const slopes = builds.slice(1).map((build, index) => {
    const before = builds[index]!;
    return (cost(build) - cost(before)) / (build.roles - before.roles);
  });
  const linear = slopes.length === 2 ? slopes[1]! <= slopes[0]! * TARGET.slopeTolerance : undefined;
  const cpuOf = (runs: CpuRun[]) =>
    runs.every((run) => run.cpuPerRequest !== undefined) ? median(runs.map((run) => run.cpuPerRequest!)) : undefined;
  const cpuWith = cpuOf(report.withProxy);
  const cpuWithout = cpuOf(report.withoutProxy);
  const ms3 = (value: number | undefined) => (value === undefined ? "?" : `${value.toFixed(3)} ms`);
  const allErrorFree = [...results.values()].every((result) => errorsOf(result) === 0);

  const lines: string[] = [
    "# Benchmark results",
    "",
    `Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(report.totalMs)}.`,
    `Machine: ${machine()}, ${report.nginxVersion}. Load average when it started: ${report.loadAtStart}; when it`,
    `finished: ${load()}. The machine is shared and has two cores, which the load generator (autocannon) and the`,
    "servers share too: the absolute figures are low and move from run to run; the ratios within one run are what",
    "to compare.",
    "",
    "## Serving a role page",
    "",
    `\`${report.rolePath}\` (prerendered), ${CONNECTIONS} connections for ${DURATION} s each, after a 3-second warm-up of`,
    `each. The ${DURATION} s are ${SLICES} slices taken in turn (1 2 3, 2 3 1, 3 1 2), so that outside load falls on all three`,
    "alike; p50 is the median of the slices, p99 the worst. Responses are not compressed (autocannon does not ask",
    `for gzip), so all three send the same ${next ? kb(next.bytesPerResponse) : "?"} or so per response, headers included.`,
    "",
    "| Server | Requests/s | p50 | p99 | Errors | Requests | Server CPU per request |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...[
      ["1. `next start`", next],
      ["2. nginx cache (deploy/nginx.conf) in front of 1", cache],
      ["3. bare nginx serving the same HTML file (the ceiling)", bare],
    ].map(([label, result]) => {
      const r = result as LoadResult | undefined;
      return r
        ? `| ${label} | ${round(r.rps)} | ${r.p50} ms | ${r.p99} ms | ${errorsOf(r)} | ${round(r.requests)} | ${r.cpuPerRequest === undefined ? "?" : `${r.cpuPerRequest.toFixed(3)} ms`} |`
        : `| ${label} | not measured | | | | | |`;
    }),
    "",
    `Ratio 1/3 (Next alone against the ceiling): ${ratio13 === undefined ? "not measured" : ratio13.toFixed(2)}.`,
    `Ratio 2/3 (through the cache against the ceiling): ${ratio23 === undefined ? "not measured" : ratio23.toFixed(2)}.`,
    "",
    "Server CPU per request is the CPU time the server's processes (nginx: master and workers) spent during the",
    "test, divided by the requests: unlike requests per second, it hardly depends on what else the machine is",
    "doing. The load generator's own CPU is not in it.",
    "",
    "Checks made before and after the load tests:",
    "",
    `- \`nginx -t\` on the shipped configuration: ${report.nginxCheck}`,
    ...report.cacheChecks.map((check) => `- ${check}`),
    "",
    "## What the fix for malformed addresses costs",
    "",
    "Next 16.4 answers a path with an undecodable percent-escape on a dynamic route (`/roles/%E0%A4%A`) with a",
    `500; proxy.ts answers it with the 404 page (here: ${report.malformed[0]} without it, ${report.malformed[1]} with it). Its`,
    "matcher only lets paths containing `%` into it, so an ordinary request costs one regular-expression test in",
    "Next's router. Measured against the same site built without proxy.ts: two fresh servers started together,",
    `in alternating runs of ${PROXY_REQUESTS.toLocaleString("en-GB")} requests at ${PROXY_CONNECTIONS} connections (without, with; with, without; …, after a`,
    "warm-up of each). The measure is the CPU time the server process spent per request (from /proc/<pid>/stat),",
    "which other work on the machine disturbs far less than requests per second do. The runs are listed in the",
    "order they were made.",
    "",
    "| Build | CPU per request, each run | Median | Requests/s, each run |",
    "| --- | --- | ---: | --- |",
    `| without proxy.ts | ${report.withoutProxy.map((run) => ms3(run.cpuPerRequest)).join(", ")} | ${ms3(cpuWithout)} | ${report.withoutProxy.map((run) => round(run.rps)).join(", ")} |`,
    `| with proxy.ts | ${report.withProxy.map((run) => ms3(run.cpuPerRequest)).join(", ")} | ${ms3(cpuWith)} | ${report.withProxy.map((run) => round(run.rps)).join(", ")} |`,
    "",
    proxyVerdict(report.withoutProxy, report.withProxy, cpuWithout, cpuWith),
    "",
    "## Page weight",
    "",
    `What a browser downloads for each page, gzipped with zlib at level ${GZIP_LEVEL}: the HTML, the stylesheets`,
    "(`<link rel=stylesheet>`) and the scripts (`<script src>`, leaving out the `nomodule` polyfill that modern",
    "browsers skip). Scripts the client router fetches later, when a link is followed, are not counted.",
    "",
    "| Page | HTML | CSS | JavaScript (files) | of which our own | Total |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...weights.map(
      (weight) =>
        `| \`${weight.path}\` | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} (${weight.scripts}) | ${kb(weight.ownJs)} | ${kb(weight.total)} |`,
    ),
    "",
    "\"Our own\" JavaScript is every script file that holds a client module of this project rather than of",
    "node_modules, according to the build's client reference manifest for the page",
    "(`server/app/<route>/page_client-reference-manifest.js`, which lists each client module a page can load and",
    `its files). ${role.ownModules.length === 0 ? "The site has no client components (no `\"use client\"`): every component renders on the server, so none of the JavaScript is ours; it is React and Next's router, which hydrate the page and make links navigate without a full reload." : `Our client modules on the role page: ${role.ownModules.map((module) => `\`${module}\``).join(", ")} (whole files are counted, so this is an upper bound).`}`,
    "",
    "## Standalone server (Node alone)",
    "",
    `\`deploy/standalone.mjs --out <temporary folder>\` made a copy of .next-bench/standalone with the browser files`,
    `(${report.standaloneSize}), and \`node server.js\` ran from there with no project files beside it: ${report.standaloneResults.join(", ")}.`,
    `The content files are in the copy: ${report.tracedContent ? "yes" : "no"} (/search and /compare read them per request).`,
    "",
    "## Build time",
    "",
    `\`next build\` from generated content (bench/generate-content.ts, ${ROLES_PER_INDUSTRY} roles an industry), one build`,
    "each, type check included. Wall time depends on what else the machine is doing; CPU time (all the build's",
    `processes, user and system) hardly does, so the cost per extra role is worked out from ${useCpu ? "CPU" : "wall"} time. The real`,
    `site's build took ${seconds(report.siteBuild.ms)}${report.siteBuild.cpuMs === undefined ? "" : ` (${seconds(report.siteBuild.cpuMs)} of CPU)`}.`,
    "",
    `| Roles | Industries | Prerendered routes | Wall time | CPU time | ${useCpu ? "CPU" : "Wall"} time per extra role |`,
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ...builds.map(
      (build, index) =>
        `| ${round(build.roles)} | ${build.industries} | ${round(build.pages)} | ${seconds(build.ms)} | ${build.cpuMs === undefined ? "?" : seconds(build.cpuMs)} | ${index === 0 ? "" : `${(slopes[index - 1]! / 1000).toFixed(3)} s`} |`,
    ),
    "",
    "Each role adds its page, its two link-preview images (PNG) and its open-data JSON to the build.",
    "",
    ...renderFeedbackSection(report.feedback),
    "## Targets",
    "",
    "| Target | Result | |",
    "| --- | --- | --- |",
    `| Ratio 2/3 at least ${TARGET.ratio} | ${ratio23?.toFixed(2) ?? "not measured"} | ${met(ratio23 === undefined ? undefined : ratio23 >= TARGET.ratio)} |`,
    `| No errors at ${CONNECTIONS} connections for ${DURATION} s | ${[...results.entries()].map(([key, result]) => `${key} ${errorsOf(result)}`).join(", ")} | ${met(allErrorFree && DURATION >= 30)} |`,
    `| Our own client JavaScript on a role page at most ${TARGET.ownJsKb} KB gzipped | ${kb(role.ownJs)} | ${met(role.ownJs <= TARGET.ownJsKb * 1024)} |`,
    `| Whole role page at most ${TARGET.roleTotalKb} KB gzipped | ${kb(role.total)} | ${met(role.total <= TARGET.roleTotalKb * 1024)} |`,
    `| Build time growing no faster than linearly with the roles (cost per extra role from 100 to 1,000 at most ${TARGET.slopeTolerance} × that from 4 to 100) | ${slopes.map((slope) => `${(slope / 1000).toFixed(3)} s`).join(" then ")} per role | ${met(linear)} |`,
    "",
  ];
  const previous = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : "";
  const kept = previous.includes(HAND_WRITTEN) ? previous.slice(previous.indexOf(HAND_WRITTEN)) : `${HAND_WRITTEN}\n`;
  fs.writeFileSync(RESULTS, `${lines.join("\n")}\n${kept}`);
  console.log(lines.join("\n"));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    fs.writeFileSync(TSCONFIG, tsconfigBefore);
    for (const dir of [DIST, NO_PROXY_SRC, ...BUILD_SIZES.map((roles) => `${DIST}-${roles}`)]) {
      fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true });
    }
  });
