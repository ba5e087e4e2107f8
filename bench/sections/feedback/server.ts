/** The feedback benchmark's server: `next start` on a store of its own, timed to /healthz 200, and its stop. */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startNext } from "../../../scripts/harness/next";
import { stop, type Started } from "../../../scripts/harness/processes";
import { ROOT } from "../../common";
import type { Stopped } from "./results";
import { feedbackEnv } from "./settings";

export interface ServerOptions {
  distDir: string;
  port: number;
  dataDir?: string;
  databaseUrl?: string;
}

function serverEnv(options: ServerOptions): NodeJS.ProcessEnv {
  return {
    ...feedbackEnv(),
    NEXT_DIST_DIR: options.distDir,
    NEXT_MANUAL_SIG_HANDLE: "true",
    FEEDBACK_RATE_LIMIT: "0",
    ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  };
}

/** Starts `next start` (one process: node running Next's CLI, which becomes the server) and times it to /healthz 200. */
export async function startServer(name: string, options: ServerOptions): Promise<{ server: Started; ms: number }> {
  const begin = performance.now();
  const server = startNext(name, options.port, { cwd: ROOT, env: serverEnv(options) });
  await waitForHealthy(options.port, server);
  return { server, ms: performance.now() - begin };
}

/** Waits for GET /healthz to answer 200 (the store is open), polling every 50 ms. */
async function waitForHealthy(port: number, server: Started, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`${server.name} exited with ${server.child.exitCode ?? server.child.signalCode}:\n${server.output()}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      last = `${response.status} ${(await response.text()).trim()}`;
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${server.name}: /healthz did not answer 200 within ${timeoutMs / 1000} s (last: ${last}):\n${server.output()}`);
}

/** A clean stop: SIGTERM (the harness's stop sends SIGKILL after 5 s if it has not ended by then). */
export async function stopServer(server: Started, dataDir?: string): Promise<Stopped> {
  const begin = performance.now();
  await stop(server);
  const { exitCode, signalCode } = server.child;
  return {
    ms: performance.now() - begin,
    exit: exitCode !== null ? `exit ${exitCode}` : `${signalCode}`,
    clean: exitCode === 143,
    ...(dataDir ? { lockReleased: !fs.existsSync(path.join(dataDir, "store.lock")) } : {}),
  };
}
