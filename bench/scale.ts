/**
 * `npm run bench:scale`, also the last part of `npm run bench`: what a reader meets first as the guide grows, at 4
 * roles (the real content), 100 and 1,000 generated roles (bench/generate-content.ts, 30 industries).
 *
 * 1. Builds the site once per size, each into a folder of its own (.next-bench-scale-<roles>), and starts
 *    `next start` on all of them together, so that the machine's other work falls on all sizes alike.
 * 2. Sizes: the HTML of the home page, the A to Z (/roles and its biggest letter), the industries' index, the
 *    biggest industry, a broad search's results (/search?q=data: every generated role has "data" in its summary)
 *    and the compare chooser (/compare), raw and gzipped (zlib level 9, as bench/page-weight.ts). A page that
 *    does not exist answers 404 and is reported as such.
 * 3. Server time of a broad query (/search?q=data) and a narrow one (one role's exact title): sequential
 *    requests, one at a time, taking the sizes in turn (4, 100, 1,000, 4, 100, …) so that a burst of outside load
 *    falls on all of them; after a warm-up, the median and p99 of the time from sending a request to having read
 *    the whole response (gzip asked for, as browsers do), and the server's CPU time per request (from /proc).
 * 4. Writes the "Scale" section of bench/RESULTS.md, between its own markers (the rest of the file is left as
 *    it is), and prints it.
 *
 * Settings: SCALE_SIZES (role counts, default 4,100,1000; 4 means the real content), SCALE_REQUESTS (timed
 * requests per query and size, default 200), SCALE_WARMUP (default 20), SCALE_PORT (first port, default 3430;
 * one port per size).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import { loadContent } from "../lib/content/load";
import { generateContent } from "./generate-content";
import { writeResultsSection } from "./results-file";
import { childrenCpuMs, run, start, stop, treeCpuMs, waitForHttp, type Started } from "./processes";

const ROOT = process.cwd();
const RESULTS = path.join(ROOT, "bench", "RESULTS.md");
export const SCALE_START = "<!-- Scale: written by npm run bench:scale (bench/scale.ts), which replaces everything down to the end marker. -->";
export const SCALE_END = "<!-- End of Scale. -->";
export const SCALE_MARKERS = { start: SCALE_START, end: SCALE_END };
const GZIP_LEVEL = 9;
/** The number of industries of the generated sizes: about what a careers service has. */
const INDUSTRIES = 30;
/** The real content's size: 4 roles means content/ itself. */
const REAL = 4;
const BROAD_QUERY = "data";
const TARGET = { homeKb: 100, chooserKb: 150, broadRatio: 2 } as const;
const DIST = (roles: number) => `.next-bench-scale-${roles}`;


export interface ScaleOptions {
  log?: (message: string) => void;
  sizes?: number[];
  requests?: number;
  warmup?: number;
  port?: number;
}

export interface PageSize {
  label: string;
  path: string;
  status: number;
  raw: number;
  gzip: number;
}

export interface Timing {
  label: string;
  path: string;
  /** What the first response said about the results, e.g. "20 shown of 1,000". */
  results: string;
  status: number;
  median: number;
  p99: number;
  /** Server CPU milliseconds per request, if /proc can tell. */
  cpu?: number;
}

export interface SizeResult {
  roles: number;
  industries: number;
  buildMs: number;
  buildCpuMs?: number;
  pages: PageSize[];
  broad: Timing;
  narrow: Timing;
}

interface Site {
  roles: number;
  industries: number;
  /** CONTENT_DIR for the build and the server; undefined for the real content. */
  contentDir?: string;
  /** A temporary folder holding the generated content and the server's feedback store. */
  work: string;
  titles: string[];
  narrowTitle: string;
  biggestLetter: string;
  biggestIndustry: string;
  port: number;
  buildMs: number;
  buildCpuMs?: number;
  server?: Started;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const round = (value: number) => Math.round(value).toLocaleString("en-GB");
/** The value below which `share` of the values fall (nearest rank): the median at 0.5, p99 at 0.99. */
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}


const firstLetter = (title: string) => title.trim()[0]!.toUpperCase();

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The content of one size: content/ for the real 4 roles, generated content otherwise. */
function prepare(roles: number, port: number): Site {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `careers-scale-${roles}-`));
  if (roles === REAL) {
    const content = loadContent(path.join(ROOT, "content"), ROOT).content;
    if (!content) throw new Error("the content has problems: run npm run content:check");
    const titles = content.roles.map((role) => role.title);
    const biggest = [...content.industries].sort((a, b) => b.roles.length - a.roles.length)[0]!;
    return {
      roles: content.roles.length,
      industries: content.industries.length,
      work,
      titles,
      narrowTitle: titles[0]!,
      biggestLetter: mostCommon(titles.map(firstLetter)),
      biggestIndustry: biggest.slug,
      port,
      buildMs: 0,
    };
  }
  const contentDir = path.join(work, "content");
  const industries = Math.min(INDUSTRIES, roles);
  const plan = generateContent(contentDir, { industries, roles });
  const titles = plan.roles.map((role) => role.title);
  const biggest = [...plan.industries].sort((a, b) => b.roles.length - a.roles.length)[0]!;
  return {
    roles,
    industries,
    contentDir,
    work,
    titles,
    narrowTitle: plan.roles[Math.floor(plan.roles.length / 2)]!.title,
    biggestLetter: mostCommon(plan.roles.map((role) => role.letter)),
    biggestIndustry: biggest.slug,
    port,
    buildMs: 0,
  };
}

function siteEnv(site: Site): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST(site.roles),
    DATA_DIR: path.join(site.work, "data"),
    DATABASE_URL: "",
    ADMIN_USERNAME: "",
    ADMIN_PASSWORD_HASH: "",
    NEXT_MANUAL_SIG_HANDLE: "true",
  };
  if (site.contentDir) env.CONTENT_DIR = site.contentDir;
  else delete env.CONTENT_DIR;
  return env;
}

interface Fetched {
  status: number;
  body: Buffer;
  ms: number;
}

async function fetchPage(url: string): Promise<Fetched> {
  const begin = performance.now();
  const response = await fetch(url, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, ms: performance.now() - begin };
}

/** How many results a search page shows, and the total it states ("1,000 results"), from its HTML. */
function describeResults(status: number, html: string): string {
  if (status !== 200) return String(status);
  const shown = (html.match(/class="search-result[" ]/g) ?? []).length;
  // React separates text from values with <!-- -->: "of <!-- -->1,000<!-- --> results".
  const text = html.replace(/<!-- -->/g, "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
  const stated = /([\d,]+) results?\b/.exec(text)?.[1];
  return stated && stated.replace(/,/g, "") !== String(shown) ? `${shown} shown of ${stated}` : `${shown}`;
}

export async function benchScale(options: ScaleOptions = {}): Promise<SizeResult[]> {
  const log = options.log ?? ((message: string) => console.log(`[scale ${new Date().toISOString().slice(11, 19)}] ${message}`));
  const sizes = options.sizes ?? (process.env.SCALE_SIZES ?? "4,100,1000").split(",").map(Number);
  const requests = options.requests ?? Number(process.env.SCALE_REQUESTS ?? 200);
  const warmup = options.warmup ?? Number(process.env.SCALE_WARMUP ?? 20);
  const firstPort = options.port ?? Number(process.env.SCALE_PORT ?? 3430);
  const nextBin = require.resolve("next/dist/bin/next");
  const began = performance.now();
  const loadAtStart = os.loadavg().map((value) => value.toFixed(1)).join(", ");

  // `next build` adds each build folder's types to tsconfig.json's "include": put it back as it was afterwards.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const tsconfigBefore = fs.readFileSync(tsconfig, "utf8");
  const sites: Site[] = [];
  try {
    // 1. Builds, one at a time (the machine has few cores), then every server at once.
    for (const [index, roles] of sizes.entries()) {
      const site = prepare(roles, firstPort + index);
      sites.push(site);
      log(`building ${site.roles} roles, ${site.industries} industries…`);
      const begin = performance.now();
      const cpuBefore = childrenCpuMs();
      await run(process.execPath, [nextBin, "build"], { cwd: ROOT, env: siteEnv(site) });
      site.buildMs = performance.now() - begin;
      const cpuAfter = childrenCpuMs();
      site.buildCpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      log(`built ${site.roles} roles in ${seconds(site.buildMs)}`);
    }
    for (const site of sites) {
      site.server = start(`next start (${site.roles} roles)`, process.execPath, [nextBin, "start", "-p", String(site.port), "-H", "127.0.0.1"], {
        cwd: ROOT,
        env: siteEnv(site),
      });
    }
    for (const site of sites) await waitForHttp(`http://127.0.0.1:${site.port}/`, site.server!);

    // 2. Sizes.
    const pages = new Map<Site, PageSize[]>();
    for (const site of sites) {
      const list: [string, string][] = [
        ["Home", "/"],
        ["All roles A to Z", "/roles"],
        ["A to Z, the biggest letter", `/roles/a-z/${site.biggestLetter.toLowerCase()}`],
        ["Industries", "/industries"],
        ["Biggest industry", `/industries/${site.biggestIndustry}`],
        [`Search "${BROAD_QUERY}"`, `/search?q=${BROAD_QUERY}`],
        ["Compare chooser", "/compare"],
      ];
      const sized: PageSize[] = [];
      for (const [label, pagePath] of list) {
        const page = await fetchPage(`http://127.0.0.1:${site.port}${pagePath}`);
        sized.push({ label, path: pagePath, status: page.status, raw: page.body.length, gzip: zlib.gzipSync(page.body, { level: GZIP_LEVEL }).length });
      }
      pages.set(site, sized);
      log(`${site.roles} roles: ${sized.map((page) => `${page.path} ${page.status === 200 ? kb(page.raw) : page.status}`).join(", ")}`);
    }

    // 3. Query times: every size in turn, one request at a time.
    const queries = (site: Site) => ({
      broad: `/search?q=${BROAD_QUERY}`,
      narrow: `/search?q=${encodeURIComponent(site.narrowTitle).replace(/%20/g, "+")}`,
    });
    const timings = new Map<Site, { broad: number[]; narrow: number[]; cpu: { broad: number; narrow: number }; first: Record<string, Fetched> }>();
    for (const site of sites) timings.set(site, { broad: [], narrow: [], cpu: { broad: 0, narrow: 0 }, first: {} });
    let cpuReadable = true;
    for (let round = 0; round < warmup + requests; round++) {
      if (round === warmup) log(`query times: ${requests} requests per query and size after ${warmup} to warm up`);
      for (const site of sites) {
        const record = timings.get(site)!;
        for (const kind of ["broad", "narrow"] as const) {
          const pid = site.server!.child.pid!;
          const before = treeCpuMs(pid);
          const fetched = await fetchPage(`http://127.0.0.1:${site.port}${queries(site)[kind]}`);
          const after = treeCpuMs(pid);
          record.first[kind] ??= fetched;
          if (round < warmup) continue;
          record[kind].push(fetched.ms);
          if (before === undefined || after === undefined) cpuReadable = false;
          else record.cpu[kind] += after - before;
        }
      }
    }

    const results: SizeResult[] = sites.map((site) => {
      const record = timings.get(site)!;
      const timing = (kind: "broad" | "narrow", label: string): Timing => ({
        label,
        path: queries(site)[kind],
        status: record.first[kind]!.status,
        results: describeResults(record.first[kind]!.status, record.first[kind]!.body.toString("utf8")),
        median: percentile(record[kind], 0.5),
        p99: percentile(record[kind], 0.99),
        cpu: cpuReadable ? record.cpu[kind] / requests : undefined,
      });
      return {
        roles: site.roles,
        industries: site.industries,
        buildMs: site.buildMs,
        buildCpuMs: site.buildCpuMs,
        pages: pages.get(site)!,
        broad: timing("broad", `\`/search?q=${BROAD_QUERY}\``),
        narrow: timing("narrow", `"${site.narrowTitle}"`),
      };
    });
    for (const result of results) {
      log(
        `${result.roles} roles: broad median ${ms(result.broad.median)}, p99 ${ms(result.broad.p99)}; narrow median ${ms(result.narrow.median)}, p99 ${ms(result.narrow.p99)}`,
      );
    }
    const section = renderScaleSection(results, {
      requests,
      warmup,
      loadAtStart,
      loadAtEnd: os.loadavg().map((value) => value.toFixed(1)).join(", "),
      totalMs: performance.now() - began,
    });
    writeScaleSection(RESULTS, section);
    console.log(section);
    return results;
  } finally {
    for (const site of sites) if (site.server) await stop(site.server);
    fs.writeFileSync(tsconfig, tsconfigBefore);
    for (const site of sites) {
      fs.rmSync(path.join(ROOT, DIST(site.roles)), { recursive: true, force: true });
      fs.rmSync(site.work, { recursive: true, force: true });
    }
  }
}

export interface RunFacts {
  requests: number;
  warmup: number;
  loadAtStart: string;
  loadAtEnd: string;
  totalMs: number;
}

/** The section as markdown, between its markers. */
export function renderScaleSection(results: SizeResult[], facts: RunFacts): string {
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}`;
  const size = (page: PageSize | undefined) =>
    page === undefined ? "" : page.status === 200 ? `${kb(page.raw)} / ${kb(page.gzip)}` : String(page.status);
  const labels = results[0]?.pages.map((page) => page.label) ?? [];
  const largest = results.at(-1);
  const smallest = results[0];
  const pageOf = (result: SizeResult | undefined, pagePath: string) => result?.pages.find((page) => page.path === pagePath);
  const home = pageOf(largest, "/");
  const chooser = pageOf(largest, "/compare");
  const ratio = largest && smallest ? largest.broad.median / smallest.broad.median : undefined;
  const verdict = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "**met**" : "**missed**");
  const pageResult = (page: PageSize | undefined) =>
    page === undefined || page.status !== 200 ? `${page?.status ?? "not measured"}` : kb(page.raw);
  const pageMet = (page: PageSize | undefined, limitKb: number) =>
    verdict(page === undefined || page.status !== 200 ? undefined : page.raw <= limitKb * 1024);
  const cpu = (timing: Timing) => (timing.cpu === undefined ? "?" : ms(timing.cpu));

  return [
    SCALE_START,
    "## Scale",
    "",
    `Produced by \`npm run bench:scale\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(facts.totalMs)}, on ${machine}; load average`,
    `${facts.loadAtStart} at the start, ${facts.loadAtEnd} at the end. ${results.map((result) => `${round(result.roles)} roles`).join(", ")}: the`,
    `first is the real content, the others are generated (bench/generate-content.ts, ${INDUSTRIES} industries). Each size was`,
    "built into a folder of its own and all were served by `next start` at the same time.",
    "",
    "### Page sizes",
    "",
    `The HTML of each page, raw / gzipped (zlib level ${GZIP_LEVEL}). A number alone is the HTTP status of a page that did not answer 200.`,
    "The A to Z letter and the industry are the biggest of each size: the letter with the most roles, the industry",
    "with the most roles.",
    "",
    `| Page | ${results.map((result) => `${round(result.roles)} roles`).join(" | ")} |`,
    `| --- | ${results.map(() => "---:").join(" | ")} |`,
    ...labels.map(
      (label, index) =>
        `| ${label}: \`${results.map((result) => result.pages[index]!.path).filter((value, i, all) => all.indexOf(value) === i).join("`, `")}\` | ${results.map((result) => size(result.pages[index])).join(" | ")} |`,
    ),
    "",
    "### Search time",
    "",
    `${facts.requests} requests per query and size, one at a time, the sizes taken in turn, after ${facts.warmup} to warm up. Time is`,
    "from sending the request to having read the whole response (gzip asked for, as browsers do), on this machine's",
    "loopback; CPU is the server's (all its processes), per request, from /proc. The broad query matches every",
    "generated role; the narrow one is one role's exact title. Results: those shown on the page, and the total it",
    "states when that is more.",
    "",
    "| Roles | Build (wall / CPU) | Query | Results | Median | p99 | Server CPU per request |",
    "| ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ...results.flatMap((result) =>
      [result.broad, result.narrow].map(
        (timing, index) =>
          `| ${index === 0 ? round(result.roles) : ""} | ${index === 0 ? (result.buildMs === 0 ? "" : `${seconds(result.buildMs)} / ${result.buildCpuMs === undefined ? "?" : seconds(result.buildCpuMs)}`) : ""} | ${timing.label} | ${timing.results} | ${ms(timing.median)} | ${ms(timing.p99)} | ${cpu(timing)} |`,
      ),
    ),
    "",
    "### Targets (issue 12)",
    "",
    "| Target | Result | |",
    "| --- | --- | --- |",
    `| Home page at most ${TARGET.homeKb} KB of HTML at ${round(largest?.roles ?? 0)} roles | ${pageResult(home)} | ${pageMet(home, TARGET.homeKb)} |`,
    `| Compare chooser at most ${TARGET.chooserKb} KB of HTML at ${round(largest?.roles ?? 0)} roles | ${pageResult(chooser)} | ${pageMet(chooser, TARGET.chooserKb)} |`,
    `| Broad query's median at ${round(largest?.roles ?? 0)} roles at most ${TARGET.broadRatio} × that at ${round(smallest?.roles ?? 0)} | ${ratio === undefined ? "not measured" : `${ratio.toFixed(1)} ×`} | ${verdict(ratio === undefined ? undefined : ratio <= TARGET.broadRatio)} |`,
    "",
    SCALE_END,
  ].join("\n");
}

/** Puts the section into the results file, in place of the one there (bench/results-file.ts). */
export function writeScaleSection(file: string, section: string): void {
  writeResultsSection(file, section, SCALE_MARKERS);
}

// Run as a command (`npm run bench:scale`); imported by bench.ts and the tests, it only exports.
if (typeof require !== "undefined" && require.main === module) {
  benchScale().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
