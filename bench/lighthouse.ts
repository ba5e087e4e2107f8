/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, default simulated throttling) on the home page, an industry page
 * and a role page of the production build. Prints the four category scores and FCP, LCP, TBT and CLS for each
 * page: the median of several runs, with the range. Not part of `npm test` (tests/e2e/site/lighthouse.spec.ts checks
 * the scores that are not timings).
 *
 *   npm run bench:lighthouse                        builds into .next-lighthouse, serves it, audits it (5 runs,
 *                                                   the number Lighthouse's guide on variability advises), and
 *                                                   writes the "Lighthouse (mobile)" section of bench/RESULTS.md
 *   npm run bench:lighthouse -- --runs 9
 *   npm run bench:lighthouse -- --url http://127.0.0.1:3000   audits a build that is already running (prints only)
 *
 * Chromium: CHROME_PATH, else /usr/bin/chromium (run with --headless=new --no-sandbox --disable-gpu).
 * The timings are simulated from a trace of an unthrottled load, so a busy machine moves them (TBT most): read
 * them with the machine's load, which is printed.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { contentDir, projectRootOf } from "../lib/content/paths";
import { industryPath, rolePath } from "../lib/shared/urls";
import { CATEGORIES, METRICS, chromePath, runLighthouse, type Audit, type Metric } from "../scripts/harness/lighthouse-audit";
import { loadAverage, packageVersion, processors } from "../scripts/harness/machine";
import { buildNext, keepTsconfig, startNext } from "../scripts/harness/next";
import { stop, waitForHttp, type Started } from "../scripts/harness/processes";
import { RESULTS } from "./common";
import { writeResultsSection } from "./results-file";
import { LIGHTHOUSE_MARKERS, formatMetric, medianAndRange, renderLighthouseSection } from "./sections/lighthouse";

const DIST_DIR = ".next-lighthouse";
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3490);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** The pages audited: the home page, the first industry and the first role in the content. */
export function lighthousePages(): { name: string; path: string }[] {
  const dir = contentDir();
  const { content } = loadContent(dir, projectRootOf(dir));
  const industry = content?.industries[0];
  const role = content?.roles[0];
  if (!industry || !role) throw new Error("the content has problems or no industry and role: run npm run content:check");
  return [
    { name: "home", path: "/" },
    { name: "industry", path: industryPath(industry.slug) },
    { name: "role", path: rolePath(role.slug) },
  ];
}

const lighthouseVersion = () => packageVersion("lighthouse");

/** "Chromium 156.0.8078.108", from the browser itself; the path's last part when it cannot say. */
function browserVersion(browser: string): string {
  try {
    return execFileSync(browser, ["--version"], { encoding: "utf8", timeout: 10_000 }).split(" built on ")[0]!.trim();
  } catch {
    return path.basename(browser);
  }
}

async function serveBuild(): Promise<{ baseUrl: string; server: Started }> {
  // next build adds its output folder's types to tsconfig.json: put the file back afterwards.
  const restoreTsconfig = keepTsconfig();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR };
  console.log(`Building into ${DIST_DIR}…`);
  try {
    await buildNext(process.cwd(), env);
  } finally {
    restoreTsconfig();
  }
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "careers-lighthouse-"));
  const server = startNext("next start", PORT, { cwd: process.cwd(), env: { ...env, DATA_DIR: data, NEXT_MANUAL_SIG_HANDLE: "true" } });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  await waitForHttp(`${baseUrl}/`, server);
  return { baseUrl, server };
}

async function main() {
  const runs = Number(option("runs") ?? 5);
  const loadAtStart = loadAverage();
  const given = option("url");
  const { baseUrl, server } = given ? { baseUrl: given.replace(/\/$/, ""), server: undefined } : await serveBuild();
  try {
    const pages = lighthousePages();
    const audits = new Map<string, Audit[]>(pages.map((page) => [page.path, []]));
    // Round robin, so that a busy moment of the machine falls on every page alike.
    for (let i = 0; i < runs; i++) {
      const results = await runLighthouse(pages.map((page) => `${baseUrl}${page.path}`));
      results.forEach((audit, index) => audits.get(pages[index]!.path)!.push(audit));
    }
    const [load1] = os.loadavg();
    const chromium = chromePath() ?? "chrome-launcher's Chromium";
    console.log(
      `\nLighthouse ${lighthouseVersion()}, mobile, simulated throttling; ${chromium}; ${runs} run(s) a page, ` +
        `median (range); ${os.cpus().length} cores, load ${load1!.toFixed(1)} at the end.\n`,
    );
    const header = ["page", ...CATEGORIES, ...Object.keys(METRICS)];
    const rows = pages.map(({ name, path: pagePath }) => {
      const results = audits.get(pagePath)!;
      return [
        `${name} (${pagePath})`,
        ...CATEGORIES.map((category) => medianAndRange(results.map((audit) => audit.scores[category] ?? 0))),
        ...(Object.keys(METRICS) as Metric[]).map((metric) =>
          medianAndRange(results.map((audit) => audit.metrics[metric] ?? NaN), formatMetric(metric)),
        ),
      ];
    });
    const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
    for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
    if (!given) {
      const section = renderLighthouseSection({
        date: new Date().toISOString().slice(0, 10),
        lighthouseVersion: lighthouseVersion(),
        chromium: browserVersion(chromium),
        machine: `${processors(2)}, Node ${process.version}`,
        loadAtStart,
        loadAtEnd: loadAverage(),
        pages: pages.map((page) => ({ ...page, audits: audits.get(page.path)! })),
      });
      writeResultsSection(RESULTS, section, LIGHTHOUSE_MARKERS);
      console.log(`\nWrote the Lighthouse section of ${path.relative(process.cwd(), RESULTS)}.`);
    }
    const failing = [...audits.values()].flat().flatMap((audit) => audit.failing.map((title) => `${audit.url}: ${title}`));
    const notTimings = failing.filter((line) => !/: performance: /.test(line));
    if (notTimings.length > 0) console.log(`\nNot passing:\n${[...new Set(notTimings)].join("\n")}`);
  } finally {
    if (server) await stop(server);
    if (!given) fs.rmSync(DIST_DIR, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
