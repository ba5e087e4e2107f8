/**
 * `npm run bench`: how fast the built site serves, how heavy its pages are and how its build grows. Not part of
 * `npm test`; takes 9 to 14 minutes on a 2-core machine. Writes bench/RESULTS.md (keeping the hand-written
 * part at its end) and prints the same. Needs wrk for the load tests (Debian: apt-get install wrk) and nginx with
 * the brotli modules (apt-get install nginx-light libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static).
 *
 * 1. Builds the site (.next-bench) and starts `next start` on it.
 * 2. Puts the shipped deploy/nginx.conf (a cache that compresses each page once) in front of it, and a bare nginx
 *    beside it serving the same prerendered HTML from a file with brotli and gzip copies made in advance: the
 *    ceiling for this page on this machine. Load-tests the role page with wrk (50 connections, 30 seconds each)
 *    as a browser (`Accept-Encoding: gzip, deflate, br, zstd`), a gzip-only client and a plain client, on the
 *    cache, the bare nginx and `next start`, and wrk alone against an empty answer (the load generator's own
 *    ceiling): requests per second, p99 latency, bytes per response, errors, server CPU per request.
 * 3. Measures what proxy.ts (the fix for malformed addresses) costs: the same site built without it, served
 *    side by side, in alternating runs.
 * 4. Page weight of the home, an industry and a role page: HTML, CSS and JavaScript, gzipped, and how much of
 *    the JavaScript is the site's own.
 * 5. Runs the standalone server (Node alone) from a copy in a temporary folder.
 * 6. Build time for 4, 100 and 1,000 generated roles.
 * 7. Readers' feedback (bench/feedback.ts): POST /feedback at 20 connections on PGlite and on PostgreSQL, whether
 *    every acknowledged answer is stored, and a kill -9 of the server in the middle of the load.
 *
 * Ports 3410–3416 and 3420–3422. For a quick trial run: BENCH_DURATION (seconds per load test, default 30),
 * BENCH_SIZES (role counts to build, default 4,100,1000) and BENCH_FEEDBACK_SECONDS (default 10). BENCH_ONLY=serving
 * runs steps 1 and 2 alone and replaces only their section (and their rows of the targets) in bench/RESULTS.md,
 * saying which run they come from.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import http from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import { loadContent } from "../lib/content/load";
import { securityHeaders } from "../lib/site/security-headers";
import { benchFeedback, renderFeedbackSection, type FeedbackBenchResult } from "./feedback";
import { generateContent } from "./generate-content";
import { cachedResponses, checkNginx, nginxArgs, prepareNginx, storedEncoding } from "./nginx";
import { measurePage, GZIP_LEVEL, type PageWeight } from "./page-weight";
import { childrenCpuMs, cpuMs, findNginx, nginxSpawnOptions, run, treeCpuMs, start, stop, stopAll, waitForHttp, type Started } from "./processes";
import { findWrk, runWrk, WRK_MISSING, wrkVersion, type WrkResult } from "./wrk";
import { LIGHTHOUSE_MARKERS } from "./lighthouse-section";
import { keptByFullBench } from "./results-file";
import { benchScale } from "./scale";

const ROOT = process.cwd();
const PORT = { next: 3410, cache: 3411, bare: 3412, noProxy: 3413, standalone: 3414, withProxy: 3415, compress: 3416 } as const;
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const SLICES = 6;
const PROXY_ROUNDS = 4;
const PROXY_SECONDS = Math.max(3, Math.round(DURATION / 6));
const PROXY_CONNECTIONS = 10;
/** The kinds of client the role page is served to, and the Accept-Encoding each sends. */
const CLIENTS = {
  browser: { label: "browser", acceptEncoding: "gzip, deflate, br, zstd" },
  gzip: { label: "gzip-only", acceptEncoding: "gzip" },
  plain: { label: "plain", acceptEncoding: undefined },
} as const;
type Client = keyof typeof CLIENTS;
const requestHeaders = (client: Client): Record<string, string> => {
  const { acceptEncoding } = CLIENTS[client];
  return acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
};
/** The bare nginx's precompressed copies: brotli's and gzip's best. */
const BROTLI_QUALITY = 11;
const GZIP_STATIC_LEVEL = 9;
const PAUSE_MS = 3000;
const BUILD_SIZES = (process.env.BENCH_SIZES ?? "4,100,1000").split(",").map(Number);
/** BENCH_ONLY=serving: build, measure the serving of a role page, and replace only that section of the results. */
const SERVING_ONLY = process.env.BENCH_ONLY === "serving";
const ROLES_PER_INDUSTRY = 25;
const DIST = ".next-bench";
const NO_PROXY_SRC = ".next-bench-noproxy-src";
const TARGET = { ratio: 0.8, ownJsKb: 5, roleTotalKb: 160, slopeTolerance: 1.25 };
const RESULTS = path.join(ROOT, "bench", "RESULTS.md");
// `next build` adds each build folder's types to tsconfig.json's "include"; put it back as it was afterwards.
const TSCONFIG = path.join(ROOT, "tsconfig.json");
const tsconfigBefore = fs.readFileSync(TSCONFIG, "utf8");

const nextBin = require.resolve("next/dist/bin/next");
const wrkBin = findWrk();
const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
delete baseEnv.CONTENT_DIR;
delete baseEnv.NEXT_DIST_DIR;

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value).toLocaleString("en-GB");
const load = () => os.loadavg().map((value) => value.toFixed(1)).join(", ");


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

/** One load test: a server, and the kind of client wrk acts as. */
interface Target {
  key: string;
  server: "ceiling" | "bare" | "cache" | "next";
  client: Client;
  url: string;
  /** The processes whose CPU time counts. */
  pids: () => number[];
}

const SERVER_LABELS: Record<Target["server"], string> = {
  ceiling: "wrk alone: nginx answering `return 204` (the load generator's ceiling)",
  bare: "bare nginx, the page precompressed (`brotli_static`, `gzip_static`)",
  cache: "nginx cache (deploy/nginx.conf), HIT",
  next: "`next start` alone",
};
const describe = (target: Pick<Target, "server" | "client">) =>
  target.server === "ceiling" ? SERVER_LABELS.ceiling : `${SERVER_LABELS[target.server]}, ${CLIENTS[target.client].label} client`;

interface LoadResult extends WrkResult {
  /** CPU milliseconds the server (all its processes) spent per request, if /proc can tell. */
  cpuPerRequest?: number;
}

function loadTest(url: string, seconds: number, connections = CONNECTIONS, headers: Record<string, string> = {}): Promise<LoadResult> {
  return runWrk(wrkBin!, url, { connections, seconds, headers });
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
    requests,
    bytesPerResponse: sum((result) => result.bytesPerResponse * result.requests) / requests,
    seconds,
    cpuPerRequest: cpu,
  };
}


interface CpuRun {
  /** CPU milliseconds the server spent per request, if /proc can tell. */
  cpuPerRequest?: number;
  rps: number;
  errors: number;
}

/** Loads the server for `seconds` and measures the CPU time its process spent per request. */
async function cpuPerRequest(server: Started, url: string, seconds: number): Promise<CpuRun> {
  const pid = server.child.pid!;
  const before = cpuMs(pid);
  const result = await loadTest(url, seconds, PROXY_CONNECTIONS);
  const after = cpuMs(pid);
  return {
    cpuPerRequest: before !== undefined && after !== undefined && result.requests > 0 ? (after - before) / result.requests : undefined,
    rps: result.rps,
    errors: result.errors,
  };
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, still compressed if it was. */
  bytes: Buffer;
  body: string;
}

/** A GET through node:http, which (unlike fetch) leaves a compressed body as it came. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes, body: bytes.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

/** A body decoded as its Content-Encoding says. */
function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(answer.bytes);
  if (encoding === "gzip") return zlib.gunzipSync(answer.bytes);
  return answer.bytes;
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
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, Next ${version("next")}, ${wrkBin ? wrkVersion(wrkBin) : "no wrk"}`;
}

async function main() {
  const startedAt = performance.now();
  if (!wrkBin) throw new Error(WRK_MISSING);
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

  // 1. Build.
  const siteEnv = { ...baseEnv, NEXT_DIST_DIR: DIST };
  const siteBuild = await build("the site", ROOT, siteEnv);

  // 2. Servers.
  const next = startNext("next start", PORT.next, ROOT, siteEnv);
  await waitForHttp(`http://127.0.0.1:${PORT.next}/`, next);

  // The bare nginx's files: the prerendered page, and beside it the copies brotli_static and gzip_static send.
  const html = fs.readFileSync(path.join(ROOT, DIST, "server", "app", "roles", `${role}.html`));
  const bareRoot = fs.mkdtempSync(path.join(os.tmpdir(), "careers-bare-"));
  fs.mkdirSync(path.join(bareRoot, "roles"));
  const bareFile = path.join(bareRoot, "roles", `${role}.html`);
  fs.writeFileSync(bareFile, html);
  fs.writeFileSync(
    `${bareFile}.br`,
    zlib.brotliCompressSync(html, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length },
    }),
  );
  fs.writeFileSync(`${bareFile}.gz`, zlib.gzipSync(html, { level: GZIP_STATIC_LEVEL }));

  let nginxProcess: Started | undefined;
  let nginxCheck = "nginx is not installed: the cache and the ceiling were not measured";
  let nginxPrefix: string | undefined;
  const cacheChecks: string[] = [];
  const cacheUrl = `http://127.0.0.1:${PORT.cache}${rolePath}`;
  const bareUrl = `http://127.0.0.1:${PORT.bare}${rolePath}`;
  const nextUrl = `http://127.0.0.1:${PORT.next}${rolePath}`;
  if (nginx) {
    const setup = prepareNginx({ port: PORT.cache, compressPort: PORT.compress, upstreamPort: PORT.next, bare: { port: PORT.bare, root: bareRoot } });
    nginxPrefix = setup.prefix;
    nginxCheck = (await checkNginx(nginx, setup)).split("\n").at(-1)!.replace(setup.config, "deploy/nginx.conf");
    nginxProcess = start("nginx", nginx, nginxArgs(setup), nginxSpawnOptions());
    await waitForHttp(bareUrl, nginxProcess);
    await waitForHttp(`http://127.0.0.1:${PORT.cache}/`, nginxProcess);
    // For each kind of client: a miss, then a hit, in the encoding it asked for, that decodes to Next's bytes;
    // the bare nginx sends its precompressed copy of the same bytes.
    const direct = await get(nextUrl);
    const yes = (ok: boolean) => (ok ? "yes" : "**no**");
    for (const client of Object.keys(CLIENTS) as Client[]) {
      const headers = requestHeaders(client);
      const first = await get(cacheUrl, headers);
      const second = await get(cacheUrl, headers);
      const bare = await get(bareUrl, headers);
      cacheChecks.push(
        `role page through the cache for a ${CLIENTS[client].label} client: first ${first.headers["x-cache-status"]}, then ${second.headers["x-cache-status"]}, ` +
          `Content-Encoding ${second.headers["content-encoding"] ?? "none"}, ${kb(second.bytes.length)}; decoded, the same bytes as Next's: ${yes(decoded(second).equals(direct.bytes))}; ` +
          `the bare nginx: Content-Encoding ${bare.headers["content-encoding"] ?? "none"}, ${kb(bare.bytes.length)}, the same bytes decoded: ${yes(decoded(bare).equals(direct.bytes))}`,
      );
    }
    const hit = await get(cacheUrl, requestHeaders("browser"));
    const kept = ["cache-control", "content-type", ...securityHeaders().map(({ key }) => key.toLowerCase())];
    cacheChecks.push(
      `Next's Cache-Control, Content-Type and every security header of lib/site/security-headers.ts on a cache hit for a browser: ${yes(
        kept.every((name) => direct.headers[name] !== undefined && hit.headers[name] === direct.headers[name]),
      )}; Vary names Accept-Encoding: ${yes(/accept-encoding/i.test(String(hit.headers.vary)))}`,
    );
    const stored = cachedResponses(setup).filter(({ key }) => key.includes(`${rolePath}|`));
    cacheChecks.push(
      `the cache folder holds the role page ${stored.length} times, once per encoding: ${stored
        .map((file) => `${storedEncoding(file) ?? "plain"} (${kb(file.body.length)})`)
        .sort()
        .join(", ")}; a hit sends those bytes as they are (nothing compresses in the cache's server block)`,
    );
    const search = await get(`http://127.0.0.1:${PORT.cache}/search?q=coder`, requestHeaders("browser"));
    const searchAgain = await get(`http://127.0.0.1:${PORT.cache}/search?q=coder`, requestHeaders("browser"));
    cacheChecks.push(
      `/search through the cache: ${search.headers["x-cache-status"]}, then ${searchAgain.headers["x-cache-status"]}, Content-Encoding ${searchAgain.headers["content-encoding"] ?? "none"} (never cached: Next sends private, no-store; compressed per request)`,
    );
  }

  // 3. Load tests. The machine is shared, and other people's work comes and goes within seconds, so each
  // test's 30 seconds are run as six slices of 5, taken in turn (1 2 3 …, 2 3 … 1, 3 … 1 2, …): a burst of
  // outside load then falls on all of them alike instead of on whichever test was running.
  const targets: Target[] = [];
  if (nginxProcess) {
    const nginxPids = () => [nginxProcess.child.pid!];
    targets.push({ key: "ceiling", server: "ceiling", client: "browser", url: `http://127.0.0.1:${PORT.bare}/ceiling`, pids: nginxPids });
    // Each bare test next to its cache test, so that a burst of outside load is most likely to fall on both.
    // Cache hits never reach Next, but count it too, in case they did.
    for (const client of Object.keys(CLIENTS) as Client[]) {
      targets.push({ key: `bare-${client}`, server: "bare", client, url: bareUrl, pids: nginxPids });
      targets.push({ key: `cache-${client}`, server: "cache", client, url: cacheUrl, pids: () => [nginxProcess.child.pid!, next.child.pid!] });
    }
  }
  for (const client of ["browser", "plain"] as const) targets.push({ key: `next-${client}`, server: "next", client, url: nextUrl, pids: () => [next.child.pid!] });

  const results = new Map<string, LoadResult>();
  const slices = new Map<string, LoadResult[]>(targets.map((target) => [target.key, []]));
  for (const target of targets) {
    log(`warming up ${describe(target)}`);
    await loadTest(target.url, 3, 10, requestHeaders(target.client));
  }
  const sliceSeconds = Math.max(1, Math.round(DURATION / SLICES));
  for (let slice = 0; slice < SLICES; slice++) {
    for (let index = 0; index < targets.length; index++) {
      const target = targets[(index + slice) % targets.length]!;
      log(`load test: ${describe(target)}, ${CONNECTIONS} connections, slice ${slice + 1} of ${SLICES} (${sliceSeconds} s)`);
      const cpu = () => target.pids().map(treeCpuMs);
      const before = cpu();
      const result: LoadResult = await loadTest(target.url, sliceSeconds, CONNECTIONS, requestHeaders(target.client));
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
    log(`${describe(target)}: ${round(result.rps)} requests/s, p99 ${result.p99.toFixed(1)} ms, ${round(result.bytesPerResponse)} bytes a response, errors ${result.errors}`);
  }
  if (nginx) {
    const after = await get(cacheUrl, requestHeaders("browser"));
    cacheChecks.push(`after the load tests the role page is still a cache ${after.headers["x-cache-status"]} for a browser`);
  }
  if (SERVING_ONLY) {
    if (nginxProcess) await stop(nginxProcess);
    await stop(next);
    fs.rmSync(bareRoot, { recursive: true, force: true });
    if (nginxPrefix) fs.rmSync(nginxPrefix, { recursive: true, force: true });
    writeServingOnly({ loadAtStart, nginxVersion: nginxVersion || "no nginx", rolePath, targets, results, cacheChecks, nginxCheck, totalMs: performance.now() - startedAt });
    return;
  }

  // 4. What proxy.ts costs. Throughput on a shared 2-core machine moves by a third from run to run, more than
  // any difference to be found, so the measure is the CPU time the server process spends per request (from
  // /proc), in alternating runs of the two builds served side by side. Whichever runs second in a pair was
  // found to spend 5-10 % more (the other server's after-work competes with it), so the order alternates
  // (ABBA), each server is warmed up first, and each run starts after a pause.
  // The site with and without proxy.ts, built and started now, together, so that neither carries the history
  // of the load tests (a server that has just served 40,000 requests was found to spend about 10 % more CPU per
  // request than a fresh one).
  const noProxyDir = makeNoProxyCopy();
  await build("the site without proxy.ts", noProxyDir, baseEnv);
  const noProxy = startNext("next start (no proxy.ts)", PORT.noProxy, noProxyDir, baseEnv);
  const withProxyServer = startNext("next start (with proxy.ts)", PORT.withProxy, ROOT, siteEnv);
  await waitForHttp(`http://127.0.0.1:${PORT.noProxy}/`, noProxy);
  await waitForHttp(`http://127.0.0.1:${PORT.withProxy}/`, withProxyServer);
  const withProxy: CpuRun[] = [];
  const withoutProxy: CpuRun[] = [];
  const measureWithout = async () =>
    withoutProxy.push(await cpuPerRequest(noProxy, `http://127.0.0.1:${PORT.noProxy}${rolePath}`, PROXY_SECONDS));
  const measureWith = async () =>
    withProxy.push(await cpuPerRequest(withProxyServer, `http://127.0.0.1:${PORT.withProxy}${rolePath}`, PROXY_SECONDS));
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
    standaloneResults.push(`\`${pagePath}\` ${response.status}${response.headers["content-security-policy"] ? "" : " (no CSP!)"}`);
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
    targets,
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
  targets: Pick<Target, "key" | "server" | "client">[];
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

/** What the serving measurements need for their section of the results. */
interface ServingReport {
  rolePath: string;
  targets: Pick<Target, "key" | "server" | "client">[];
  results: Map<string, LoadResult>;
  cacheChecks: string[];
  nginxCheck: string;
}

/** The "Serving a role page" section, and its rows of the targets table. */
function servingSection(report: ServingReport): { section: string[]; targetRows: string[] } {
  const { results } = report;
  const errorsOf = (result: LoadResult) => result.errors;
  const ratio = (a?: LoadResult, b?: LoadResult) => (a && b ? a.rps / b.rps : undefined);
  const ratioText = (value: number | undefined) => (value === undefined ? "not measured" : value.toFixed(2));
  const ceiling = results.get("ceiling");
  const cacheRatio = (client: Client) => ratio(results.get(`cache-${client}`), results.get(`bare-${client}`));
  const browserRatio = cacheRatio("browser");
  const cpuRatio = (client: Client) => {
    const [bare, cache] = [results.get(`bare-${client}`)?.cpuPerRequest, results.get(`cache-${client}`)?.cpuPerRequest];
    return bare && cache ? bare / cache : undefined;
  };
  const cacheBrowser = results.get("cache-browser");
  const nextBrowser = results.get("next-browser");
  /** Requests one core serves a day at a CPU cost per request (ms). */
  const perCoreDay = (cpuPerRequest: number | undefined) => (cpuPerRequest ? (86_400 * 1000) / cpuPerRequest : undefined);
  const largeNumber = (value: number | undefined) =>
    value === undefined ? "?" : value >= 1e9 ? `${(value / 1e9).toFixed(1)} billion` : `${Math.round(value / 1e6).toLocaleString("en-GB")} million`;
  const met = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "**met**" : "**missed**");
  const allErrorFree = [...results.values()].every((result) => errorsOf(result) === 0);
  const row = (target: Pick<Target, "key" | "server" | "client">) => {
    const r = results.get(target.key);
    const client = target.server === "ceiling" ? "browser" : CLIENTS[target.client].label;
    const name = target.server === "ceiling" ? SERVER_LABELS.ceiling : SERVER_LABELS[target.server];
    return r
      ? `| ${name} | ${client} | ${round(r.rps)} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${round(r.bytesPerResponse)} | ${errorsOf(r)} | ${round(r.requests)} | ${r.cpuPerRequest === undefined ? "?" : `${r.cpuPerRequest.toFixed(4)} ms`} |`
      : `| ${name} | ${client} | not measured | | | | | | |`;
  };

  const section = [
    "## Serving a role page",
    "",
    `\`${report.rolePath}\` (prerendered), with wrk (${Math.min(CONNECTIONS, os.cpus().length)} threads, ${CONNECTIONS} connections, keep-alive) for ${DURATION} s each, after a`,
    "3-second warm-up of each, as three kinds of client: a browser (`Accept-Encoding: gzip, deflate, br, zstd`, what",
    "Chromium sends), a gzip-only client (`gzip`) and a plain one (no Accept-Encoding). The servers:",
    "",
    "- wrk alone: nginx answering 204 with no body (`return 204`): what the load generator reaches when the server",
    "  does next to nothing, so the most any server below could show on this machine;",
    `- bare nginx: the prerendered page as a file, with a brotli copy (quality ${BROTLI_QUALITY}) and a gzip copy (level ${GZIP_STATIC_LEVEL}) made in advance`,
    "  beside it and sent as they are (`brotli_static`, `gzip_static`): the ceiling for this page;",
    "- the nginx cache: the shipped deploy/nginx.conf in front of `next start`, every request a cache HIT, sent from",
    "  the copy it stored for that encoding (made once, by its compressing server block, at brotli or gzip level 6);",
    "- `next start` alone: it gzips the page on every request for a browser (it has no brotli).",
    "",
    `The ${DURATION} s are ${SLICES} slices taken in turn over all the tests, so that outside load falls on all alike; p50 is the`,
    "median of the slices, p99 the worst. Bytes per response are the bytes wrk received divided by the responses,",
    "status line and headers included.",
    "",
    "| Server | Client | Requests/s | p50 | p99 | Bytes per response | Errors | Requests | Server CPU per request |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...report.targets.map(row),
    "",
    `Cached against bare, in requests per second, for browsers: ${ratioText(browserRatio)}; for gzip-only clients: ${ratioText(cacheRatio("gzip"))}; for plain clients: ${ratioText(cacheRatio("plain"))}.`,
    `The same by server CPU per request (bare's divided by the cache's), which the machine's other work disturbs less: ${(Object.keys(CLIENTS) as Client[]).map((client) => `${CLIENTS[client].label} ${ratioText(cpuRatio(client))}`).join(", ")}.`,
    `\`next start\` alone against bare, for browsers: ${ratioText(ratio(nextBrowser, results.get("bare-browser")))}.`,
    `The bare nginx for browsers reached ${ratioText(ratio(results.get("bare-browser"), ceiling))} of what wrk alone reaches (the closer to 1, the more the generator, not the`,
    "server, sets the figures).",
    "",
    "Server CPU per request is the CPU time the server's processes (nginx: master and workers; for the cache, Next",
    "too, which hits never reach) spent during the test, divided by the requests: unlike requests per second, it",
    "hardly depends on what else the machine is doing. The load generator's own CPU is not in it.",
    `At ${cacheBrowser?.cpuPerRequest === undefined ? "?" : `${cacheBrowser.cpuPerRequest.toFixed(4)} ms`} a cached page for a browser, one core of this machine serves about`,
    `${largeNumber(perCoreDay(cacheBrowser?.cpuPerRequest))} cached page views a day; \`next start\` alone, at ${nextBrowser?.cpuPerRequest === undefined ? "?" : `${nextBrowser.cpuPerRequest.toFixed(3)} ms`}, about`,
    `${largeNumber(perCoreDay(nextBrowser?.cpuPerRequest))}.`,
    "",
    "Checks made before and after the load tests:",
    "",
    `- \`nginx -t\` on the shipped configuration: ${report.nginxCheck}`,
    ...report.cacheChecks.map((check) => `- ${check}`),
    "",
  ];
  const targetRows = [
    `| Cached role page for browsers at least ${TARGET.ratio} of bare nginx sending it precompressed | ${ratioText(browserRatio)} | ${met(browserRatio === undefined ? undefined : browserRatio >= TARGET.ratio)} |`,
    `| No errors at ${CONNECTIONS} connections for ${DURATION} s | ${[...results.entries()].map(([key, result]) => `${key} ${errorsOf(result)}`).join(", ")} | ${met(allErrorFree && DURATION >= 30)} |`,
  ];
  return { section, targetRows };
}

/** Replaces the serving section and its target rows in bench/RESULTS.md with those of a BENCH_ONLY=serving run. */
function writeServingOnly(report: ServingReport & { loadAtStart: string; nginxVersion: string; totalMs: number }) {
  const { section, targetRows } = servingSection(report);
  const note = [
    `These figures come from a run of \`BENCH_ONLY=serving npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(report.totalMs)}, not from`,
    `the run this file's other sections come from. Machine: ${machine()}, ${report.nginxVersion}. Load average when it`,
    `started: ${report.loadAtStart}; when it finished: ${load()}.`,
    "",
  ];
  const text = [section[0]!, section[1]!, ...note, ...section.slice(2)];
  console.log(text.join("\n"));
  if (!fs.existsSync(RESULTS)) return;
  let results = fs.readFileSync(RESULTS, "utf8");
  const begin = results.indexOf("## Serving a role page\n");
  const end = results.indexOf("\n## ", begin + 1);
  if (begin < 0 || end < 0) throw new Error("bench/RESULTS.md has no serving section to replace: run the whole benchmark");
  results = `${results.slice(0, begin)}${text.join("\n")}${results.slice(end)}`;
  // Each row of the targets table is known by its first words; a row the table lacks goes at its top.
  for (const row of targetRows) {
    const prefix = row.slice(0, 16);
    const lines = results.split("\n");
    const at = lines.findIndex((line) => line.startsWith(prefix));
    if (at >= 0) lines[at] = row;
    else lines.splice(lines.indexOf("| --- | --- | --- |", lines.indexOf("## Targets")) + 1, 0, row);
    results = lines.join("\n");
  }
  fs.writeFileSync(RESULTS, results);
}

function writeResults(report: Report) {
  const { weights, builds } = report;
  const serving = servingSection(report);
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
  const lines: string[] = [
    "# Benchmark results",
    "",
    `Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(report.totalMs)}.`,
    `Machine: ${machine()}, ${report.nginxVersion}. Load average when it started: ${report.loadAtStart}; when it`,
    `finished: ${load()}. The machine is shared and has two cores, which the load generator (wrk) and the`,
    "servers share too: the absolute figures are low and move from run to run; the ratios within one run are what",
    "to compare.",
    "",
    ...serving.section,
    "## What the fix for malformed addresses costs",
    "",
    "Next 16.4 answers a path with an undecodable percent-escape on a dynamic route (`/roles/%E0%A4%A`) with a",
    `500; proxy.ts answers it with the 404 page (here: ${report.malformed[0]} without it, ${report.malformed[1]} with it). Its`,
    "matcher only lets paths containing `%` into it, so an ordinary request costs one regular-expression test in",
    "Next's router. Measured against the same site built without proxy.ts: two fresh servers started together,",
    `in alternating runs of ${PROXY_SECONDS} s with wrk at ${PROXY_CONNECTIONS} connections (without, with; with, without; …, after a`,
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
    "\"Our own\" JavaScript is every script file that defines a client module of this project rather than of",
    "node_modules. The build's client reference manifest for the page (`server/app/<route>/page_client-reference-manifest.js`)",
    "lists each client module a page can load with the files it needs, which include framework files loaded beside",
    "it (Next's Link, about 3.3 KB): those are not counted. Whole files are, so a file mixing our code with a",
    `library's counts in full. ${role.ownModules.length === 0 ? "The site has no client components (no `\"use client\"`): every component renders on the server, so none of the JavaScript is ours; it is React and Next's router, which hydrate the page and make links navigate without a full reload." : `Our client modules on the role page: ${role.ownModules.map((module) => `\`${module}\``).join(", ")}.`}`,
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
    ...serving.targetRows,
    `| Our own client JavaScript on a role page at most ${TARGET.ownJsKb} KB gzipped | ${kb(role.ownJs)} | ${met(role.ownJs <= TARGET.ownJsKb * 1024)} |`,
    `| Whole role page at most ${TARGET.roleTotalKb} KB gzipped | ${kb(role.total)} | ${met(role.total <= TARGET.roleTotalKb * 1024)} |`,
    `| Build time growing no faster than linearly with the roles (cost per extra role from 100 to 1,000 at most ${TARGET.slopeTolerance} × that from 4 to 100) | ${slopes.map((slope) => `${(slope / 1000).toFixed(3)} s`).join(" then ")} per role | ${met(linear)} |`,
    "",
  ];
  const previous = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : "";
  // The Lighthouse section is kept as it was (npm run bench:lighthouse writes it); step 9 writes the Scale one.
  fs.writeFileSync(RESULTS, `${lines.join("\n")}\n${keptByFullBench(previous, [LIGHTHOUSE_MARKERS])}`);
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
