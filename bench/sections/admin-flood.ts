/**
 * A step of `npm run bench`: the role page during a flood of wrong passwords for the editors' inbox, from many
 * addresses, beside the same page quiet (issue 20). Each wrong password costs a scrypt (about 0.1 s and 32 MiB) on
 * Node's thread pool, which the pages' file reads and gzip share; lib/admin/budget.ts lets 2 run and 8 wait and
 * answers the rest at once with 503. This shows what the pages feel meanwhile.
 *
 * `next start` on the benchmark's build, with the inbox on and TRUSTED_PROXIES=127.0.0.1 (so X-Forwarded-For
 * names each client). The role page is asked for one request at a time (gzip, as browsers ask), timed from
 * sending to the last byte: quiet; during BENCH_FLOOD_RATE wrong passwords a second (default 100), sent on time
 * whether or not earlier ones were answered, each from an address never used before (so that no client meets its
 * own limit); and, to tell the checks' cost from the requests', during the same rate of requests for the inbox
 * with no password at all (answered 401 at once, nothing hashed). The flood and the timed requests come from
 * scripts/harness/admin-flood.ts, which tests/e2e/admin/admin-burst.spec.ts uses too; the flood runs in a worker
 * thread, so that its event loop does not delay the timed requests.
 *
 * `BENCH_ONLY=admin-flood npm run bench` builds the site and runs this step alone, replacing only this section of
 * bench/RESULTS.md (between its markers). BENCH_FLOOD_REQUESTS sets the timed requests of each phase (default 200).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { median, percentile } from "../../lib/shared/stats";
import { ADMIN_PASSWORD_HASH, ADMIN_USERNAME } from "../../scripts/harness/admin-credentials";
import { startFlood, timedGet, type FloodAnswers } from "../../scripts/harness/admin-flood";
import { loadAverage } from "../../scripts/harness/machine";
import { startNext } from "../../scripts/harness/next";
import { stop, waitForHttp } from "../../scripts/harness/processes";
import { RESULTS, met, round, seconds, type Log } from "../common";
import { writeResultsSection, type SectionMarkers } from "../results-file";

const REQUESTS = Number(process.env.BENCH_FLOOD_REQUESTS ?? 200);
const RATE = Number(process.env.BENCH_FLOOD_RATE ?? 100);
const WARM_UP = 20;
/** Time for the flood to fill the budget before the page is timed. */
const SETTLE_MS = 1000;
/** The target: the role page's median during the flood at most this many times its quiet median. */
const TIMES = 5;
/** What the flood asks for, and the first octet of its addresses (11.x.y.z). */
const INBOX = "/admin/feedback";
const FIRST_OCTET = 11;
const WRONG = `Basic ${Buffer.from(`${ADMIN_USERNAME}:not the password`).toString("base64")}`;

export const ADMIN_FLOOD_MARKERS: SectionMarkers = {
  start: "<!-- Sign-in flood: written by npm run bench (bench/sections/admin-flood.ts), which replaces everything down to the end marker. -->",
  end: "<!-- End of sign-in flood. -->",
};

interface Figures {
  median: number;
  p99: number;
}

interface UnderFlood extends Figures {
  answers: FloodAnswers;
}

export interface AdminFlood {
  rolePath: string;
  quiet: Figures;
  /** During the flood of wrong passwords. */
  flood: UnderFlood;
  /** During the same rate of requests with no password (nothing hashed): what the requests alone cost. */
  noPassword: UnderFlood;
  loadAtStart: string;
  loadAtEnd: string;
}

async function timeRolePage(url: string): Promise<Figures> {
  const times: number[] = [];
  for (let request = 0; request < WARM_UP + REQUESTS; request++) {
    const answer = await timedGet(url, { "Accept-Encoding": "gzip" });
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
    if (request >= WARM_UP) times.push(answer.ms);
  }
  return { median: median(times), p99: percentile(times, 0.99) };
}

/** The role page's times during a flood (`authorization` null: no password at all), and the flood's answers. */
async function timeDuringFlood(origin: string, rolePath: string, port: number, authorization: string | null): Promise<UnderFlood> {
  const flood = startFlood({ port, path: INBOX, authorization, perSecond: RATE, firstOctet: FIRST_OCTET });
  let figures: Figures;
  let answers: FloodAnswers;
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    figures = await timeRolePage(`${origin}${rolePath}`);
  } finally {
    answers = await flood.stop();
  }
  return { ...figures, answers };
}

const describe = (name: string, figures: Figures) => `${name} median ${figures.median.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms`;

export async function measureAdminFlood(options: { rolePath: string; env: NodeJS.ProcessEnv; port: number; log: Log }): Promise<AdminFlood> {
  const { rolePath, port, log } = options;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-bench-flood-"));
  const env = { ...options.env, ADMIN_USERNAME, ADMIN_PASSWORD_HASH, TRUSTED_PROXIES: "127.0.0.1,::1", DATA_DIR: dataDir, DATABASE_URL: "" };
  const server = startNext("next start (inbox on)", port, { cwd: process.cwd(), env });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/`, server);
    const loadAtStart = loadAverage();
    log(`sign-in flood: the role page quiet, ${REQUESTS} requests`);
    const quiet = await timeRolePage(`${origin}${rolePath}`);
    log(`sign-in flood: the role page during ${RATE} wrong passwords a second`);
    const flood = await timeDuringFlood(origin, rolePath, port, WRONG);
    log(`sign-in flood: the role page during ${RATE} requests a second with no password`);
    const noPassword = await timeDuringFlood(origin, rolePath, port, null);
    log(`sign-in flood: ${describe("quiet", quiet)}; ${describe("wrong passwords", flood)}; ${describe("no password", noPassword)}`);
    return { rolePath, quiet, flood, noPassword, loadAtStart, loadAtEnd: loadAverage() };
  } finally {
    await stop(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function withinTarget(result: AdminFlood): boolean {
  return result.flood.median <= TIMES * result.quiet.median;
}

const TARGET = `Role page's median during ${RATE} wrong passwords a second at most ${TIMES} × its quiet median`;

export function adminFloodTargetRow(result: AdminFlood | { failed: string }): string {
  if ("failed" in result) return `| ${TARGET} | failed | ${met(undefined)} |`;
  return `| ${TARGET} | ${(result.flood.median / result.quiet.median).toFixed(1)} × | ${met(withinTarget(result))} |`;
}

/** "22 × 401, 129 × 503 in 2.3 s (100 sent a second)". */
function answered({ answers }: UnderFlood): string {
  const counts = Object.entries(answers.counts).map(([status, count]) => `${round(count)} × ${status}`);
  return `${counts.join(", ")} in ${answers.seconds.toFixed(1)} s`;
}

/** The section, between its markers. `note` says where the figures come from when they are not the whole run's. */
export function adminFloodSection(result: AdminFlood | { failed: string }, note: string[] = []): string[] {
  const title = "## The role page during a flood of wrong passwords";
  if ("failed" in result) return [ADMIN_FLOOD_MARKERS.start, title, "", `Not measured: ${result.failed}`, "", ADMIN_FLOOD_MARKERS.end, ""];
  const row = (name: string, figures: Figures, answers: string) => `| ${name} | ${ms(figures.median)} | ${ms(figures.p99)} | ${answers} |`;
  return [
    ADMIN_FLOOD_MARKERS.start,
    title,
    "",
    ...note,
    `\`${result.rolePath}\`, one request at a time (gzip), timed from sending to the last byte: ${REQUESTS} requests after a`,
    `warm-up of ${WARM_UP}, quiet; then while ${RATE} wrong passwords a second for \`/admin/feedback\` were sent on time whether or not`,
    "the earlier ones were answered, each from an address never used before (X-Forwarded-For through TRUSTED_PROXIES),",
    "so that no client met its own limit; then, to tell the checks' cost from the requests', while the same rate of",
    "requests came with no password at all (answered 401 at once, nothing hashed). Each check is a scrypt of about",
    "0.1 s and 32 MiB; at most 2 run and 8 wait (lib/admin/budget.ts), the rest are answered 503 at once. Before",
    "the budget, every check queued on the thread pool the page needs too (file reads, gzip): tried by hand on",
    "2026-12-03 with the build before it, the role page got no answer within 30 s during 100 wrong passwords a second.",
    "",
    "| Role page | Median | p99 | The flood's answers (until the last came) |",
    "| --- | ---: | ---: | --- |",
    row("Quiet", result.quiet, ""),
    row(`During ${RATE} wrong passwords a second`, result.flood, answered(result.flood)),
    row(`During ${RATE} requests a second with no password`, result.noPassword, answered(result.noPassword)),
    "",
    `Load average at the start of this step: ${result.loadAtStart}; at its end: ${result.loadAtEnd}.`,
    "",
    ADMIN_FLOOD_MARKERS.end,
    "",
  ];
}

/** BENCH_ONLY=admin-flood: this section alone, in place of the one in bench/RESULTS.md. */
export function writeAdminFloodOnly(result: AdminFlood, runMs: number): void {
  const note = [
    `From a run of \`BENCH_ONLY=admin-flood npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in ${seconds(runMs)}, not from the run`,
    `this file's other sections come from. The target (the median during the flood at most ${TIMES} × the quiet one):`,
    `${(result.flood.median / result.quiet.median).toFixed(1)} ×, ${withinTarget(result) ? "met" : "missed"}.`,
    "",
  ];
  const lines = adminFloodSection(result, note);
  console.log(lines.join("\n"));
  writeResultsSection(RESULTS, lines.slice(0, -1).join("\n"), ADMIN_FLOOD_MARKERS);
}
