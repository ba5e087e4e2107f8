/** The "Readers' feedback" section of bench/RESULTS.md. */
import { round, seconds } from "../../common";
import type { CrashResult, FeedbackBenchResult, StoreCheck, Stopped, ThroughputResult } from "./results";
import { WARM_UP_SECONDS } from "./settings";

const HEADING = "## Readers' feedback: POSTs, and a kill -9 in the middle";

export const ms = (value: number) => (Number.isNaN(value) ? "?" : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);
const cores = (value?: number) => (value === undefined ? "?" : value.toFixed(2));
export const list = (counts: Record<string, number>) => {
  const entries = Object.entries(counts);
  return entries.length === 0 ? "0" : entries.map(([key, count]) => `${round(count)} × ${key}`).join(", ");
};
const yesNo = (value: boolean) => (value ? "yes" : "no");

const stoppedText = (stopped: Stopped) =>
  `${stopped.exit} in ${seconds(stopped.ms)}${stopped.clean ? "" : " (not a clean stop)"}${stopped.lockReleased === undefined ? "" : `, lock file ${stopped.lockReleased ? "removed" : "left behind"}`}`;

/** The stored answers that were never acknowledged, in words. */
function unacknowledgedText(check: StoreCheck): string {
  if (check.unacknowledged === 0) return "No answer was stored without being acknowledged.";
  const refused = check.unacknowledged - check.unacknowledgedNoAnswer;
  return (
    `${check.unacknowledged} stored ${check.unacknowledged === 1 ? "answer was" : "answers were"} never acknowledged: ${check.unacknowledgedNoAnswer} got no answer (cut off with the server)` +
    (refused > 0 ? `, and ${refused} had been refused (not 201) yet were stored.` : ".")
  );
}

const allStored = (check: StoreCheck) => check.missing === 0 && check.duplicates === 0 && check.altered === 0;

/** How the load was made and measured. */
function introduction(result: FeedbackBenchResult): string[] {
  return [
    `Measured on ${result.date} by ${result.standalone ? "`npx tsx bench/feedback.ts`" : "`npm run bench`"}, in ${seconds(result.totalMs)}.`,
    `Machine: ${result.machine}. Load average when it started: ${result.loadAtStart}; when it finished: ${result.loadAtEnd}.`,
    "",
    `\`POST /feedback\` with problem reports about \`${result.page}\` (form-encoded, \`Accept: application/json\`, each with its`,
    `own id in "What were you doing?"), from ${result.connections} keep-alive connections (node:http in the benchmark's process, ${result.connections}`,
    `loops sending one request at a time each) for ${result.seconds} s, after a ${WARM_UP_SECONDS}-second warm-up; \`FEEDBACK_RATE_LIMIT=0\`. Requests/s counts the`,
    "201 answers received in the window; p50 and p99 are their latencies. CPU is in cores (1.00 = one core busy",
    "all the time): the server process, the load generator, and the whole machine (other people's work included).",
    `At the end of the ${result.seconds} s no new request is sent and the server gets SIGTERM at once, with answers in flight;`,
    "then `npm run feedback:export -- --format=json` lists what was stored.",
    "",
  ];
}

/** The throughput of each store, and what it stored against what it acknowledged. */
function throughputTables(throughputs: [string, ThroughputResult][], skipped: string | undefined): string[] {
  return [
    "| Store | Requests/s | p50 | p99 | Acknowledged | Other statuses | Errors | Server CPU per answer | CPU: server, load generator, machine |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | --- |",
    ...throughputs.map(
      ([label, r]) =>
        `| ${label} | ${round(r.load.rps)} | ${ms(r.load.p50)} | ${ms(r.load.p99)} | ${round(r.load.acknowledged)} | ${list(r.load.otherStatuses)} | ${list(r.load.errors)} | ${r.load.serverCpuPerAnswer === undefined ? "?" : `${r.load.serverCpuPerAnswer.toFixed(2)} ms`} | ${cores(r.load.serverCores)}, ${cores(r.load.loaderCores)}, ${cores(r.load.machineCores)} |`,
    ),
    ...(skipped !== undefined ? ["", `PostgreSQL: not measured (${skipped}).`] : []),
    "",
    "Stored against acknowledged (warm-up included), after the clean stop:",
    "",
    "| Store | Start to /healthz 200 | Acknowledged | Stored | Missing | Stored twice | Stored, not acknowledged | Requests open at the SIGTERM, then | Stop |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ...throughputs.map(
      ([label, r]) =>
        `| ${label} | ${seconds(r.startMs)} | ${round(r.check.acknowledged)} | ${round(r.check.stored)} | ${r.check.missing} | ${r.check.duplicates} | ${r.check.unacknowledged} | ${list(r.tail.outcomes)} | ${stoppedText(r.stopped)} |`,
    ),
    "",
    ...throughputs.map(
      ([label, r]) =>
        `${label}: every acknowledged answer stored exactly once and as sent: ${yesNo(allStored(r.check))}${r.check.altered ? ` (${r.check.altered} rows differ from what was sent)` : ""}. ${unacknowledgedText(r.check)}`,
    ),
    "",
  ];
}

/** The crash test: a kill -9 in the middle of the load, a restart, and what was stored. */
function crashTable(crashed: CrashResult): string[] {
  const restart = crashed.restart;
  return [
    "### kill -9 in the middle",
    "",
    `PGlite on a fresh DATA_DIR, the same load; after ${seconds(crashed.load.seconds * 1000)} the server process (pid ${crashed.killed.pid}, \`ps\`: \`${crashed.killed.title}\`) got`,
    "SIGKILL. Each loop stops at its first error. Then `next start` again on the same folder, timed until `/healthz`",
    "answered 200, one more answer, a clean stop, the export.",
    "",
    "| Requests/s until the kill | Acknowledged | Requests open at the kill, then | Lock file left behind | Restart to /healthz 200 | First start (fresh folder) | Answer after the restart | Export while it runs | Stored | Missing | Stored, not acknowledged | Stop |",
    "| ---: | ---: | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    `| ${round(crashed.load.rps)} | ${round(crashed.check.acknowledged)} | ${list(crashed.tail.outcomes)}${Object.keys(crashed.tail.sentAfter).length ? `; sent after it: ${list(crashed.tail.sentAfter)}` : ""} | ${yesNo(crashed.lockLeftBehind)} | ${restart.ok ? seconds(restart.ms) : `**failed**: ${restart.message}`} | ${seconds(crashed.startMs)} | ${crashed.afterRestart ?? "not sent"} | ${crashed.exportWhileRunning === undefined ? "not run" : crashed.exportWhileRunning === 1 ? "refused (exit 1)" : `exit ${crashed.exportWhileRunning}`} | ${round(crashed.check.stored)} | ${crashed.check.missing} | ${crashed.check.unacknowledged} | ${crashed.stopped ? stoppedText(crashed.stopped) : "not stopped"} |`,
    "",
    `After the kill: every acknowledged answer stored exactly once and as sent: ${yesNo(allStored(crashed.check))}. ${unacknowledgedText(crashed.check)}`,
    "",
  ];
}

/** The section of bench/RESULTS.md, as lines. */
export function renderFeedbackSection(result: FeedbackBenchResult | { failed: string }): string[] {
  if ("failed" in result) return [HEADING, "", `Not measured: ${result.failed}`, ""];
  const { pglite, postgres: pg } = result;
  const throughputs: [string, ThroughputResult][] = [["PGlite, fresh DATA_DIR", pglite]];
  if (!("skipped" in pg)) throughputs.push([`${pg.store} (${pg.where}, pool of ${pg.poolSize})`, pg]);
  return [
    HEADING,
    "",
    ...introduction(result),
    ...throughputTables(throughputs, "skipped" in pg ? pg.skipped : undefined),
    ...crashTable(result.crash),
  ];
}
