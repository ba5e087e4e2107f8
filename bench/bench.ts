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
 * 7. Readers' feedback (bench/sections/feedback/): POST /feedback at 20 connections on PGlite and on PostgreSQL, whether
 *    every acknowledged answer is stored, and a kill -9 of the server in the middle of the load.
 * 8. The role page during a flood of wrong passwords for the editors' inbox from many addresses, beside it quiet
 *    (bench/sections/admin-flood.ts).
 *
 * Ports 3410–3417 and 3420–3422. For a quick trial run: BENCH_DURATION (seconds per load test, default 30),
 * BENCH_SIZES (role counts to build, default 4,100,1000) and BENCH_FEEDBACK_SECONDS (default 10). BENCH_ONLY=serving
 * runs steps 1 and 2 alone and replaces only their section (and their rows of the targets) in bench/RESULTS.md,
 * saying which run they come from; BENCH_ONLY=admin-flood builds and runs step 8 alone, replacing only its section.
 *
 * Each step is a module of bench/sections/ that measures and writes its section of the results; this file runs them
 * in order and puts the file together. What they share with the tests (servers, nginx, a throw-away PostgreSQL,
 * generated content) is in scripts/harness/.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../lib/content/load";
import { loadAverage, machine, packageVersion } from "../scripts/harness/machine";
import type { BuildTime } from "../scripts/harness/next";
import { keepTsconfig } from "../scripts/harness/next";
import { stopAll } from "../scripts/harness/processes";
import { RESULTS, ROOT, build, cleanEnv, log, seconds, type Section, type SiteFacts } from "./common";
import { keptByFullBench } from "./results-file";
import { adminFloodSection, adminFloodTargetRow, measureAdminFlood, writeAdminFloodOnly, type AdminFlood } from "./sections/admin-flood";
import { BUILD_SIZES, buildFolder, buildTimeSection, measureBuildTimes, type SizedBuild } from "./sections/build-time";
import { renderFeedbackSection } from "./sections/feedback/report";
import type { FeedbackBenchResult } from "./sections/feedback/results";
import { benchFeedback } from "./sections/feedback/run";
import { LIGHTHOUSE_MARKERS } from "./sections/lighthouse";
import { measurePageWeights, pageWeightSection } from "./sections/page-weight";
import type { PageWeight } from "./page-weight";
import { NO_PROXY_SRC, measureProxyCost, proxyCostSection, type ProxyCost } from "./sections/proxy-cost";
import { benchScale } from "./sections/scale/run";
import { servingSection, writeServingOnly } from "./sections/serving/report";
import { measureServing } from "./sections/serving/run";
import type { ServingReport } from "./sections/serving/targets";
import { measureStandalone, standaloneSection, type Standalone } from "./sections/standalone";
import { WRK_MISSING, findWrk, wrkVersion } from "./wrk";

const PORT = { next: 3410, cache: 3411, bare: 3412, noProxy: 3413, standalone: 3414, withProxy: 3415, compress: 3416, adminFlood: 3417 } as const;
const DIST = ".next-bench";
/** BENCH_ONLY=serving: build, measure the serving of a role page, and replace only that section of the results. */
const SERVING_ONLY = process.env.BENCH_ONLY === "serving";
/** BENCH_ONLY=admin-flood: build, measure the role page during a sign-in flood, and replace only that section. */
const ADMIN_FLOOD_ONLY = process.env.BENCH_ONLY === "admin-flood";
const baseEnv = cleanEnv();
const siteEnv = { ...baseEnv, NEXT_DIST_DIR: DIST };
// `next build` adds each build folder's types to tsconfig.json's "include"; put it back as it was afterwards.
const restoreTsconfig = keepTsconfig(ROOT);

/** The content's first industry and role, which the benchmark measures. */
function siteFacts(): SiteFacts {
  const { content } = loadContent(path.join(ROOT, "content"), ROOT);
  if (!content) throw new Error("the content has problems: run npm run content:check");
  const role = content.roles[0]!.slug;
  return { role, industry: content.industries[0]!.slug, rolePath: `/roles/${role}`, compared: content.roles.slice(0, 2).map((r) => r.slug) };
}

interface Report {
  startedAt: number;
  loadAtStart: string;
  machine: string;
  nginxVersion: string;
  siteBuild: BuildTime;
  rolePath: string;
  serving: ServingReport;
  proxy: ProxyCost;
  weights: PageWeight[];
  standalone: Standalone;
  builds: SizedBuild[];
  feedback: FeedbackBenchResult | { failed: string };
  adminFlood: AdminFlood | { failed: string };
}

/** Readers' feedback, on the same build. A failure here is reported in its section rather than losing the rest. */
async function feedbackOrFailure(): Promise<Report["feedback"]> {
  try {
    return await benchFeedback({ distDir: DIST, log });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0]!;
    log(`readers' feedback: failed: ${message}`);
    return { failed: message };
  }
}

function writeResults(report: Report) {
  const sections: Section[] = [
    servingSection(report.serving),
    { lines: proxyCostSection(report.proxy), targetRows: [] },
    pageWeightSection(report.weights, report.rolePath),
    { lines: standaloneSection(report.standalone), targetRows: [] },
    buildTimeSection(report.builds, report.siteBuild),
    { lines: renderFeedbackSection(report.feedback), targetRows: [] },
    { lines: adminFloodSection(report.adminFlood), targetRows: [adminFloodTargetRow(report.adminFlood)] },
  ];
  const lines: string[] = [
    "# Benchmark results",
    "",
    `Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(performance.now() - report.startedAt)}.`,
    `Machine: ${report.machine}, ${report.nginxVersion}. Load average when it started: ${report.loadAtStart}; when it`,
    `finished: ${loadAverage()}. The machine is shared and has two cores, which the load generator (wrk) and the`,
    "servers share too: the absolute figures are low and move from run to run; the ratios within one run are what",
    "to compare.",
    "",
    ...sections.flatMap((section) => section.lines),
    "## Targets",
    "",
    "| Target | Result | |",
    "| --- | --- | --- |",
    ...sections.flatMap((section) => section.targetRows),
    "",
  ];
  const previous = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : "";
  // The Lighthouse section is kept as it was (npm run bench:lighthouse writes it); step 9 writes the Scale one.
  fs.writeFileSync(RESULTS, `${lines.join("\n")}\n${keptByFullBench(previous, [LIGHTHOUSE_MARKERS])}`);
  console.log(lines.join("\n"));
}

async function main() {
  const startedAt = performance.now();
  const wrk = findWrk();
  if (!wrk) throw new Error(WRK_MISSING);
  const site = siteFacts();
  const loadAtStart = loadAverage();
  const description = machine(`Next ${packageVersion("next")}`, wrkVersion(wrk));
  log(`machine: ${description}; load average ${loadAtStart}`);

  // 1. Build. 2 and 3. Servers, checks and load tests.
  const siteBuild = await build("the site", ROOT, siteEnv);
  const measureFlood = () => measureAdminFlood({ rolePath: site.rolePath, env: siteEnv, port: PORT.adminFlood, log });
  if (ADMIN_FLOOD_ONLY) return writeAdminFloodOnly(await measureFlood(), performance.now() - startedAt);
  const { servers, report: serving } = await measureServing({ wrk, site, distDir: DIST, env: siteEnv, ports: PORT, log });
  const nginxVersion = servers.nginxVersion || "no nginx";
  if (SERVING_ONLY) {
    await servers.close();
    writeServingOnly({ ...serving, loadAtStart, machine: description, nginxVersion, totalMs: performance.now() - startedAt });
    return;
  }
  // 4. What proxy.ts costs. 5. Page weight, from the site's server.
  const proxy = await measureProxyCost({ wrk, rolePath: site.rolePath, siteEnv, baseEnv, ports: PORT, log });
  log("page weight");
  const weights = await measurePageWeights(`http://127.0.0.1:${PORT.next}`, DIST, site);
  await servers.close();
  // 6. The standalone server. 7. Build time against the number of roles. 8. Readers' feedback.
  const standalone = await measureStandalone({ site, siteEnv, baseEnv, port: PORT.standalone, log });
  const builds = await measureBuildTimes(DIST, baseEnv);
  const feedback = await feedbackOrFailure();
  // The role page during a sign-in flood (bench/sections/admin-flood.ts); a failure is reported in its section.
  const adminFlood = await measureFlood().catch((error: Error) => ({ failed: error.message.split("\n")[0]! }));
  writeResults({ startedAt, loadAtStart, machine: description, nginxVersion, siteBuild, rolePath: site.rolePath, serving, proxy, weights, standalone, builds, feedback, adminFlood });

  // 9. Scale (bench/sections/scale/): page sizes and search times at 4, 100 and 1,000 roles, in a section of its own.
  await benchScale({ log });
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    restoreTsconfig();
    for (const dir of [DIST, NO_PROXY_SRC, ...BUILD_SIZES.map((roles) => buildFolder(DIST, roles))]) {
      fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true });
    }
  });
