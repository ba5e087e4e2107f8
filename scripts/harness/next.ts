/**
 * Building the site and starting `next start` on a build, for the benchmarks: each build into a folder of its own
 * (NEXT_DIST_DIR), each server on 127.0.0.1 and a port of its own, in its own process group (./processes.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { childrenCpuMs } from "./cpu-time";
import { run, start, type Started } from "./processes";

/** Next's command line, run with this Node (no npx, no shell in between). */
export const NEXT_BIN = require.resolve("next/dist/bin/next");

export interface BuildTime {
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds (user and system, all processes of the build), if /proc can tell. */
  cpuMs?: number;
}

/** `next build` in `cwd` with `env` (NEXT_DIST_DIR says where to), timed in wall and CPU time. */
export async function buildNext(cwd: string, env: NodeJS.ProcessEnv): Promise<BuildTime> {
  const begin = performance.now();
  const cpuBefore = childrenCpuMs();
  await run(process.execPath, [NEXT_BIN, "build"], { cwd, env });
  const ms = performance.now() - begin;
  const cpuAfter = childrenCpuMs();
  return { ms, cpuMs: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined };
}

/** `next start` on 127.0.0.1:`port`, serving the build NEXT_DIST_DIR in `env` names. */
export function startNext(name: string, port: number, options: { cwd: string; env: NodeJS.ProcessEnv }): Started {
  return start(name, process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], options);
}

/**
 * `next build` adds each build folder's types to tsconfig.json's "include": remembers the file as it is now, and
 * returns what puts it back (only if it changed).
 */
export function keepTsconfig(root = process.cwd()): () => void {
  const file = path.join(root, "tsconfig.json");
  const before = fs.readFileSync(file, "utf8");
  return () => {
    if (fs.readFileSync(file, "utf8") !== before) fs.writeFileSync(file, before);
  };
}
