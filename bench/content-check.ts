/**
 * `npm run bench:content`: how long the content check and a full build take on 1,000 generated roles across
 * 30 industries. Prints the figures and writes bench/CONTENT-RESULTS.md. Not part of `npm test`.
 *
 *   npm run bench:content              check (5 runs) and one full build
 *   npm run bench:content -- --no-build  the check only
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../lib/content/load";
import { median } from "../lib/shared/stats";
import { generateContent } from "../scripts/harness/generate-content";
import { machine } from "../scripts/harness/machine";
import { keepTsconfig } from "../scripts/harness/next";

const ROLES = 1000;
const INDUSTRIES = 30;
const RUNS = 5;
const TARGET_SECONDS = 2;

const work = fs.mkdtempSync(path.join(os.tmpdir(), "careers-bench-"));
const dir = path.join(work, "content");
generateContent(dir, { industries: INDUSTRIES, roles: ROLES });

const seconds = (ms: number) => (ms / 1000).toFixed(2);

// 1. The check in this process (what the build and the tests call).
const inProcess: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const result = loadContent(dir, work, { today: "2026-11-26" });
  inProcess.push(performance.now() - start);
  if (result.problems.length > 0) throw new Error(`generated content has problems: ${result.problems[0]?.message}`);
}

// 2. The command an editor runs, as a new process each time (includes starting Node and tsx).
const env = { ...process.env, CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" };
const command: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["lib/content/cli.ts"], { env, stdio: "pipe" });
  command.push(performance.now() - start);
}

// 3. A full production build of the site from the same content.
let build: number | undefined;
if (!process.argv.includes("--no-build")) {
  const distDir = ".next-bench";
  // next build adds its output folder's types to tsconfig.json: put the file back afterwards.
  const restoreTsconfig = keepTsconfig();
  const start = performance.now();
  try {
    execFileSync("npx", ["next", "build"], { env: { ...env, NEXT_DIST_DIR: distDir }, stdio: "pipe" });
    build = performance.now() - start;
  } finally {
    restoreTsconfig();
    fs.rmSync(distDir, { recursive: true, force: true });
  }
}
fs.rmSync(work, { recursive: true, force: true });

const date = new Date().toISOString().slice(0, 10);
const checkMedian = median(inProcess);
const commandMedian = median(command);
const lines = [
  `# Content check benchmark`,
  ``,
  `${ROLES} generated roles across ${INDUSTRIES} industries (${ROLES + INDUSTRIES} files). Median of ${RUNS} runs.`,
  `Machine: ${machine()}. Date: ${date}. Produced by \`npm run bench:content\`.`,
  ``,
  `| What | Time | Target |`,
  `| --- | --- | --- |`,
  `| Content check, in process (load, validate, cross-check, render) | ${seconds(checkMedian)} s | under ${TARGET_SECONDS} s: ${checkMedian < TARGET_SECONDS * 1000 ? "met" : "missed"} |`,
  `| \`tsx lib/content/cli.ts\` as a new process (the command \`npm run content:check\` runs; Node and tsx start-up included, npm's own start-up of about 0.3 s not) | ${seconds(commandMedian)} s | under ${TARGET_SECONDS} s: ${commandMedian < TARGET_SECONDS * 1000 ? "met" : "missed"} |`,
  `| Full production build (\`next build\`, ${ROLES + INDUSTRIES + 1} content pages) | ${build === undefined ? "not run" : `${seconds(build)} s`} | none |`,
  ``,
  `All runs: check ${inProcess.map(seconds).join(", ")} s; command ${command.map(seconds).join(", ")} s.`,
  ``,
];
const report = lines.join("\n");
console.log(report);
fs.writeFileSync(path.join(process.cwd(), "bench", "CONTENT-RESULTS.md"), report);
