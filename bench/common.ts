/**
 * What the benchmark's modules share: the project root, the results file, the log line, the figures' formats and
 * the shape of a section of bench/RESULTS.md.
 */
import path from "node:path";
import { buildNext, type BuildTime } from "../scripts/harness/next";

export const ROOT = process.cwd();
export const RESULTS = path.join(ROOT, "bench", "RESULTS.md");

/** A log line with the time: "[bench 12:34:56] building the site…". */
export const logger = (name: string) => (message: string) =>
  console.log(`[${name} ${new Date().toISOString().slice(11, 19)}] ${message}`);
export const log = logger("bench");
export type Log = (message: string) => void;

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const round = (value: number) => Math.round(value).toLocaleString("en-GB");
/** A target's verdict in the results: met, missed, or not measured. */
export const met = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "**met**" : "**missed**");

/** The environment a build or a server starts from: this one's, without the settings a run chooses itself. */
export function cleanEnv(...unset: string[]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of ["CONTENT_DIR", "NEXT_DIST_DIR", ...unset]) delete env[name];
  return env;
}

/** A section of bench/RESULTS.md: its lines, and its rows of the targets table at the end. */
export interface Section {
  lines: string[];
  targetRows: string[];
}

/** The content's first industry and role, which the benchmark measures. */
export interface SiteFacts {
  role: string;
  industry: string;
  rolePath: string;
  /** Two roles, for a comparison's address. */
  compared: string[];
}

/** `next build`, logged with its wall and CPU time. */
export async function build(label: string, cwd: string, env: NodeJS.ProcessEnv): Promise<BuildTime> {
  log(`building ${label}…`);
  const time = await buildNext(cwd, env);
  log(`built ${label} in ${seconds(time.ms)}${time.cpuMs === undefined ? "" : ` (${seconds(time.cpuMs)} of CPU)`}`);
  return time;
}
