/**
 * The "Scale" section of bench/RESULTS.md, written by `npm run bench:scale` (and the last step of `npm run bench`)
 * between its own markers (bench/results-file.ts). A pure function of the measurements, so that it can be tested.
 */
import { processors } from "../../../scripts/harness/machine";
import { kb, met, round, seconds } from "../../common";
import { writeResultsSection } from "../../results-file";
import { GZIP_LEVEL, INDUSTRIES } from "./settings";

export const SCALE_START = "<!-- Scale: written by npm run bench:scale (bench/scale.ts), which replaces everything down to the end marker. -->";
export const SCALE_END = "<!-- End of Scale. -->";
export const SCALE_MARKERS = { start: SCALE_START, end: SCALE_END };
const TARGET = { homeKb: 100, chooserKb: 150, broadRatio: 2 } as const;

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

export interface RunFacts {
  requests: number;
  warmup: number;
  loadAtStart: string;
  loadAtEnd: string;
  totalMs: number;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const size = (page: PageSize | undefined) =>
  page === undefined ? "" : page.status === 200 ? `${kb(page.raw)} / ${kb(page.gzip)}` : String(page.status);
const pageResult = (page: PageSize | undefined) =>
  page === undefined || page.status !== 200 ? `${page?.status ?? "not measured"}` : kb(page.raw);
const pageMet = (page: PageSize | undefined, limitKb: number) =>
  met(page === undefined || page.status !== 200 ? undefined : page.raw <= limitKb * 1024);
const cpu = (timing: Timing) => (timing.cpu === undefined ? "?" : ms(timing.cpu));
const pageOf = (result: SizeResult | undefined, pagePath: string) => result?.pages.find((page) => page.path === pagePath);

/** The HTML of each page at each size. */
function pageSizes(results: SizeResult[]): string[] {
  const labels = results[0]?.pages.map((page) => page.label) ?? [];
  return [
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
  ];
}

/** The broad and the narrow query's times at each size. */
function searchTimes(results: SizeResult[], facts: RunFacts): string[] {
  return [
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
  ];
}

/** Issue 12's targets, at the largest size. */
function targets(results: SizeResult[]): string[] {
  const largest = results.at(-1);
  const smallest = results[0];
  const home = pageOf(largest, "/");
  const chooser = pageOf(largest, "/compare");
  const ratio = largest && smallest ? largest.broad.median / smallest.broad.median : undefined;
  return [
    "### Targets (issue 12)",
    "",
    "| Target | Result | |",
    "| --- | --- | --- |",
    `| Home page at most ${TARGET.homeKb} KB of HTML at ${round(largest?.roles ?? 0)} roles | ${pageResult(home)} | ${pageMet(home, TARGET.homeKb)} |`,
    `| Compare chooser at most ${TARGET.chooserKb} KB of HTML at ${round(largest?.roles ?? 0)} roles | ${pageResult(chooser)} | ${pageMet(chooser, TARGET.chooserKb)} |`,
    `| Broad query's median at ${round(largest?.roles ?? 0)} roles at most ${TARGET.broadRatio} × that at ${round(smallest?.roles ?? 0)} | ${ratio === undefined ? "not measured" : `${ratio.toFixed(1)} ×`} | ${met(ratio === undefined ? undefined : ratio <= TARGET.broadRatio)} |`,
    "",
  ];
}

/** The section as markdown, between its markers. */
export function renderScaleSection(results: SizeResult[], facts: RunFacts): string {
  return [
    SCALE_START,
    "## Scale",
    "",
    `Produced by \`npm run bench:scale\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(facts.totalMs)}, on ${processors()}, Node ${process.version}; load average`,
    `${facts.loadAtStart} at the start, ${facts.loadAtEnd} at the end. ${results.map((result) => `${round(result.roles)} roles`).join(", ")}: the`,
    `first is the real content, the others are generated (scripts/harness/generate-content.ts, ${INDUSTRIES} industries). Each size was`,
    "built into a folder of its own and all were served by `next start` at the same time.",
    "",
    ...pageSizes(results),
    ...searchTimes(results, facts),
    ...targets(results),
    SCALE_END,
  ].join("\n");
}

/** Puts the section into the results file, in place of the one there (bench/results-file.ts). */
export function writeScaleSection(file: string, section: string): void {
  writeResultsSection(file, section, SCALE_MARKERS);
}
