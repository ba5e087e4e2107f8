/**
 * wrk, the load generator for the benchmark's throughput figures. A generator written in JavaScript
 * (autocannon) tops out near 11,000 requests/s on this 2-core machine, below what nginx serves from its cache;
 * wrk, in C, reaches several times that. A Lua script makes it print its totals and latency percentiles as one
 * line of JSON.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { findExecutable, run } from "../scripts/harness/processes";

export const WRK_MISSING =
  "wrk is not installed; the benchmark's load tests need it. Debian and Ubuntu: apt-get install wrk; macOS: brew install wrk; " +
  "elsewhere build it from https://github.com/wg/wrk. Or set WRK to its path.";

/** The wrk binary: WRK, or wrk on the PATH, or Debian's /usr/bin/wrk. */
export const findWrk = (): string | undefined => findExecutable("wrk", process.env.WRK, "/usr/bin/wrk");

/** `wrk -v` prints e.g. "wrk debian/4.1.0-3+b2 [epoll] Copyright (C) 2012 Will Glozer" (and exits with 1). */
export function wrkVersion(wrk: string): string {
  const output = spawnSync(wrk, ["-v"], { encoding: "utf8" });
  return `${output.stdout}${output.stderr}`.split("\n")[0]!.replace(/\s*Copyright.*$/, "").trim();
}

const MARK = "WRK-JSON ";
const SCRIPT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('${MARK}{"requests":%d,"bytes":%d,"duration":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p99":%d}\\n',
    summary.requests, summary.bytes, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
`;
let scriptFile: string | undefined;

export interface WrkResult {
  requests: number;
  /** Requests per second. */
  rps: number;
  /** Median and 99th percentile latency, milliseconds. */
  p50: number;
  p99: number;
  /** Socket errors (connect, read, write, timeout) and answers outside 2xx and 3xx. */
  errors: number;
  /** Bytes received per response, status line and headers included. */
  bytesPerResponse: number;
  seconds: number;
}

export interface WrkOptions {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

/** Runs wrk against `url` and returns its totals. */
export async function runWrk(wrk: string, url: string, { connections, seconds, headers = {} }: WrkOptions): Promise<WrkResult> {
  if (!scriptFile) {
    scriptFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "careers-wrk-")), "report.lua");
    fs.writeFileSync(scriptFile, SCRIPT);
  }
  const threads = Math.max(1, Math.min(connections, os.cpus().length));
  // A response slower than 10 s counts as an error (a timeout), as it did with autocannon; wrk's default is 2 s.
  const args = ["-t", String(threads), "-c", String(connections), "-d", `${seconds}s`, "--timeout", "10s", "--latency", "-s", scriptFile];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const output = await run(wrk, [...args, url]);
  const line = output.split("\n").find((text) => text.startsWith(MARK));
  if (!line) throw new Error(`wrk printed no result:\n${output}`);
  const result = JSON.parse(line.slice(MARK.length));
  const duration = result.duration / 1e6;
  return {
    requests: result.requests,
    rps: result.requests / duration,
    p50: result.p50 / 1000,
    p99: result.p99 / 1000,
    errors: result.connect + result.read + result.write + result.status + result.timeout,
    bytesPerResponse: result.requests > 0 ? result.bytes / result.requests : 0,
    seconds: duration,
  };
}
