/**
 * What a reader meets first as the guide grows, at 4 roles (the real content), 100 and 1,000 generated roles
 * (`npm run bench:scale`, and the last step of `npm run bench`).
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
import { performance } from "node:perf_hooks";
import { loadAverage } from "../../../scripts/harness/machine";
import { keepTsconfig } from "../../../scripts/harness/next";
import { stop, waitForHttp } from "../../../scripts/harness/processes";
import { RESULTS, logger, type Log } from "../../common";
import { measurePageSizes, measureQueryTimes } from "./measure";
import { renderScaleSection, writeScaleSection, type SizeResult } from "./report";
import { buildSite, prepare, removeSite, startSite, type Site } from "./sites";

export interface ScaleOptions {
  log?: Log;
  sizes?: number[];
  requests?: number;
  warmup?: number;
  port?: number;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Steps 2 and 3 on the running sites. */
async function measure(sites: Site[], requests: number, warmup: number, log: Log): Promise<SizeResult[]> {
  const pages = new Map<Site, SizeResult["pages"]>();
  for (const site of sites) pages.set(site, await measurePageSizes(site, log));
  const timings = await measureQueryTimes(sites, requests, warmup, log);
  const results = sites.map((site) => ({
    roles: site.roles,
    industries: site.industries,
    buildMs: site.buildMs,
    buildCpuMs: site.buildCpuMs,
    pages: pages.get(site)!,
    ...timings.get(site)!,
  }));
  for (const result of results) {
    log(
      `${result.roles} roles: broad median ${ms(result.broad.median)}, p99 ${ms(result.broad.p99)}; narrow median ${ms(result.narrow.median)}, p99 ${ms(result.narrow.p99)}`,
    );
  }
  return results;
}

export async function benchScale(options: ScaleOptions = {}): Promise<SizeResult[]> {
  const log = options.log ?? logger("scale");
  const sizes = options.sizes ?? (process.env.SCALE_SIZES ?? "4,100,1000").split(",").map(Number);
  const requests = options.requests ?? Number(process.env.SCALE_REQUESTS ?? 200);
  const warmup = options.warmup ?? Number(process.env.SCALE_WARMUP ?? 20);
  const firstPort = options.port ?? Number(process.env.SCALE_PORT ?? 3430);
  const began = performance.now();
  const loadAtStart = loadAverage();
  const restoreTsconfig = keepTsconfig();
  const sites: Site[] = [];
  try {
    // 1. Builds, one at a time (the machine has few cores), then every server at once.
    for (const [index, roles] of sizes.entries()) {
      const site = prepare(roles, firstPort + index);
      sites.push(site);
      await buildSite(site, log);
    }
    for (const site of sites) startSite(site);
    for (const site of sites) await waitForHttp(`http://127.0.0.1:${site.port}/`, site.server!);
    const results = await measure(sites, requests, warmup, log);
    const section = renderScaleSection(results, { requests, warmup, loadAtStart, loadAtEnd: loadAverage(), totalMs: performance.now() - began });
    writeScaleSection(RESULTS, section);
    console.log(section);
    return results;
  } finally {
    for (const site of sites) if (site.server) await stop(site.server);
    restoreTsconfig();
    for (const site of sites) removeSite(site);
  }
}
