/**
 * What the scale benchmark measures on each site: the sizes of the pages a reader meets first, raw and gzipped,
 * and the server time of a broad and a narrow search, the sizes taken in turn so that a burst of outside load
 * falls on all of them.
 */
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import { percentile } from "../../../lib/shared/stats";
import { treeCpuMs } from "../../../scripts/harness/cpu-time";
import { kb, type Log } from "../../common";
import type { PageSize, Timing } from "./report";
import { BROAD_QUERY, GZIP_LEVEL } from "./settings";
import type { Site } from "./sites";

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
  // The results list is marked data-search-results (its class is a CSS module's); count the items in it.
  const list = /<ol[^>]*data-search-results[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? "";
  const shown = (list.match(/<li[\s>]/g) ?? []).length;
  // React separates text from values with <!-- -->: "of <!-- -->1,000<!-- --> results".
  const text = html.replace(/<!-- -->/g, "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
  const stated = /([\d,]+) results?\b/.exec(text)?.[1];
  return stated && stated.replace(/,/g, "") !== String(shown) ? `${shown} shown of ${stated}` : `${shown}`;
}

export async function measurePageSizes(site: Site, log: Log): Promise<PageSize[]> {
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
  log(`${site.roles} roles: ${sized.map((page) => `${page.path} ${page.status === 200 ? kb(page.raw) : page.status}`).join(", ")}`);
  return sized;
}

type Kind = "broad" | "narrow";

const queries = (site: Site): Record<Kind, string> => ({
  broad: `/search?q=${BROAD_QUERY}`,
  narrow: `/search?q=${encodeURIComponent(site.narrowTitle).replace(/%20/g, "+")}`,
});

interface Measured {
  times: Record<Kind, number[]>;
  cpu: Record<Kind, number>;
  first: Partial<Record<Kind, Fetched>>;
}

/** The timings of one site, once every round is done. */
function timings(site: Site, record: Measured, requests: number, cpuReadable: boolean): Record<Kind, Timing> {
  const timing = (kind: Kind, label: string): Timing => ({
    label,
    path: queries(site)[kind],
    status: record.first[kind]!.status,
    results: describeResults(record.first[kind]!.status, record.first[kind]!.body.toString("utf8")),
    // The nearest-rank median (the lower middle value of an even count), as the p99.
    median: percentile(record.times[kind], 0.5),
    p99: percentile(record.times[kind], 0.99),
    cpu: cpuReadable ? record.cpu[kind] / requests : undefined,
  });
  return { broad: timing("broad", `\`/search?q=${BROAD_QUERY}\``), narrow: timing("narrow", `"${site.narrowTitle}"`) };
}

/** Query times: every size in turn, one request at a time, after `warmup` rounds that are not counted. */
export async function measureQueryTimes(sites: Site[], requests: number, warmup: number, log: Log): Promise<Map<Site, Record<Kind, Timing>>> {
  const records = new Map<Site, Measured>(sites.map((site) => [site, { times: { broad: [], narrow: [] }, cpu: { broad: 0, narrow: 0 }, first: {} }]));
  let cpuReadable = true;
  for (let round = 0; round < warmup + requests; round++) {
    if (round === warmup) log(`query times: ${requests} requests per query and size after ${warmup} to warm up`);
    for (const site of sites) {
      const record = records.get(site)!;
      for (const kind of ["broad", "narrow"] as const) {
        const pid = site.server!.child.pid!;
        const before = treeCpuMs(pid);
        const fetched = await fetchPage(`http://127.0.0.1:${site.port}${queries(site)[kind]}`);
        const after = treeCpuMs(pid);
        record.first[kind] ??= fetched;
        if (round < warmup) continue;
        record.times[kind].push(fetched.ms);
        if (before === undefined || after === undefined) cpuReadable = false;
        else record.cpu[kind] += after - before;
      }
    }
  }
  return new Map(sites.map((site) => [site, timings(site, records.get(site)!, requests, cpuReadable)]));
}
