/** The "Serving a role page" section of bench/RESULTS.md, and its rows of the targets table. */
import fs from "node:fs";
import os from "node:os";
import { loadAverage } from "../../../scripts/harness/machine";
import { RESULTS, met, round, seconds, type Section } from "../../common";
import {
  BROTLI_QUALITY,
  CLIENT_KINDS,
  CLIENTS,
  CONNECTIONS,
  DURATION,
  GZIP_STATIC_LEVEL,
  SERVER_LABELS,
  SLICES,
  TARGET_RATIO,
  type Client,
  type LoadResult,
  type ServingReport,
  type Target,
} from "./targets";

type Results = Map<string, LoadResult>;

const ratio = (a?: LoadResult, b?: LoadResult) => (a && b ? a.rps / b.rps : undefined);
const ratioText = (value: number | undefined) => (value === undefined ? "not measured" : value.toFixed(2));
const cacheRatio = (results: Results, client: Client) => ratio(results.get(`cache-${client}`), results.get(`bare-${client}`));
const cpuRatio = (results: Results, client: Client) => {
  const [bare, cache] = [results.get(`bare-${client}`)?.cpuPerRequest, results.get(`cache-${client}`)?.cpuPerRequest];
  return bare && cache ? bare / cache : undefined;
};
/** Requests one core serves a day at a CPU cost per request (ms). */
const perCoreDay = (cpuPerRequest: number | undefined) => (cpuPerRequest ? (86_400 * 1000) / cpuPerRequest : undefined);
const largeNumber = (value: number | undefined) =>
  value === undefined ? "?" : value >= 1e9 ? `${(value / 1e9).toFixed(1)} billion` : `${Math.round(value / 1e6).toLocaleString("en-GB")} million`;

function row(results: Results, target: Pick<Target, "key" | "server" | "client">): string {
  const r = results.get(target.key);
  const client = target.server === "ceiling" ? "browser" : CLIENTS[target.client].label;
  const name = target.server === "ceiling" ? SERVER_LABELS.ceiling : SERVER_LABELS[target.server];
  return r
    ? `| ${name} | ${client} | ${round(r.rps)} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${round(r.bytesPerResponse)} | ${r.errors} | ${round(r.requests)} | ${r.cpuPerRequest === undefined ? "?" : `${r.cpuPerRequest.toFixed(4)} ms`} |`
    : `| ${name} | ${client} | not measured | | | | | | |`;
}

const INTRODUCTION = (rolePath: string) => [
  `\`${rolePath}\` (prerendered), with wrk (${Math.min(CONNECTIONS, os.cpus().length)} threads, ${CONNECTIONS} connections, keep-alive) for ${DURATION} s each, after a`,
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
];

/** The ratios, by requests per second and by CPU per request, in words. */
function ratios(results: Results): string[] {
  return [
    `Cached against bare, in requests per second, for browsers: ${ratioText(cacheRatio(results, "browser"))}; for gzip-only clients: ${ratioText(cacheRatio(results, "gzip"))}; for plain clients: ${ratioText(cacheRatio(results, "plain"))}.`,
    `The same by server CPU per request (bare's divided by the cache's), which the machine's other work disturbs less: ${CLIENT_KINDS.map((client) => `${CLIENTS[client].label} ${ratioText(cpuRatio(results, client))}`).join(", ")}.`,
    `\`next start\` alone against bare, for browsers: ${ratioText(ratio(results.get("next-browser"), results.get("bare-browser")))}.`,
    `The bare nginx for browsers reached ${ratioText(ratio(results.get("bare-browser"), results.get("ceiling")))} of what wrk alone reaches (the closer to 1, the more the generator, not the`,
    "server, sets the figures).",
    "",
  ];
}

/** What server CPU per request means, and what it comes to in page views a day. */
function cpuPerDay(results: Results): string[] {
  const cacheBrowser = results.get("cache-browser");
  const nextBrowser = results.get("next-browser");
  return [
    "Server CPU per request is the CPU time the server's processes (nginx: master and workers; for the cache, Next",
    "too, which hits never reach) spent during the test, divided by the requests: unlike requests per second, it",
    "hardly depends on what else the machine is doing. The load generator's own CPU is not in it.",
    `At ${cacheBrowser?.cpuPerRequest === undefined ? "?" : `${cacheBrowser.cpuPerRequest.toFixed(4)} ms`} a cached page for a browser, one core of this machine serves about`,
    `${largeNumber(perCoreDay(cacheBrowser?.cpuPerRequest))} cached page views a day; \`next start\` alone, at ${nextBrowser?.cpuPerRequest === undefined ? "?" : `${nextBrowser.cpuPerRequest.toFixed(3)} ms`}, about`,
    `${largeNumber(perCoreDay(nextBrowser?.cpuPerRequest))}.`,
    "",
  ];
}

export function servingSection(report: ServingReport): Section {
  const { results } = report;
  const browserRatio = cacheRatio(results, "browser");
  const allErrorFree = [...results.values()].every((result) => result.errors === 0);
  const lines = [
    "## Serving a role page",
    "",
    ...INTRODUCTION(report.rolePath),
    "| Server | Client | Requests/s | p50 | p99 | Bytes per response | Errors | Requests | Server CPU per request |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...report.targets.map((target) => row(results, target)),
    "",
    ...ratios(results),
    ...cpuPerDay(results),
    "Checks made before and after the load tests:",
    "",
    `- \`nginx -t\` on the shipped configuration: ${report.nginxCheck}`,
    ...report.cacheChecks.map((check) => `- ${check}`),
    "",
  ];
  const targetRows = [
    `| Cached role page for browsers at least ${TARGET_RATIO} of bare nginx sending it precompressed | ${ratioText(browserRatio)} | ${met(browserRatio === undefined ? undefined : browserRatio >= TARGET_RATIO)} |`,
    `| No errors at ${CONNECTIONS} connections for ${DURATION} s | ${[...results.entries()].map(([key, result]) => `${key} ${result.errors}`).join(", ")} | ${met(allErrorFree && DURATION >= 30)} |`,
  ];
  return { lines, targetRows };
}

/** Puts the new serving section, and its rows of the targets table, in place of the old in the results text. */
function replaceServing(results: string, text: string[], targetRows: string[]): string {
  const begin = results.indexOf("## Serving a role page\n");
  const end = results.indexOf("\n## ", begin + 1);
  if (begin < 0 || end < 0) throw new Error("bench/RESULTS.md has no serving section to replace: run the whole benchmark");
  let next = `${results.slice(0, begin)}${text.join("\n")}${results.slice(end)}`;
  // Each row of the targets table is known by its first words; a row the table lacks goes at its top.
  for (const targetRow of targetRows) {
    const prefix = targetRow.slice(0, 16);
    const lines = next.split("\n");
    const at = lines.findIndex((line) => line.startsWith(prefix));
    if (at >= 0) lines[at] = targetRow;
    else lines.splice(lines.indexOf("| --- | --- | --- |", lines.indexOf("## Targets")) + 1, 0, targetRow);
    next = lines.join("\n");
  }
  return next;
}

/** Replaces the serving section and its target rows in bench/RESULTS.md with those of a BENCH_ONLY=serving run. */
export function writeServingOnly(report: ServingReport & { loadAtStart: string; machine: string; nginxVersion: string; totalMs: number }) {
  const { lines, targetRows } = servingSection(report);
  const note = [
    `These figures come from a run of \`BENCH_ONLY=serving npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(report.totalMs)}, not from`,
    `the run this file's other sections come from. Machine: ${report.machine}, ${report.nginxVersion}. Load average when it`,
    `started: ${report.loadAtStart}; when it finished: ${loadAverage()}.`,
    "",
  ];
  const text = [lines[0]!, lines[1]!, ...note, ...lines.slice(2)];
  console.log(text.join("\n"));
  if (!fs.existsSync(RESULTS)) return;
  fs.writeFileSync(RESULTS, replaceServing(fs.readFileSync(RESULTS, "utf8"), text, targetRows));
}
