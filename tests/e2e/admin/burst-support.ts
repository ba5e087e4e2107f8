/**
 * What admin-burst.spec.ts needs: a `next start` of its own on the main build, a flood of wrong passwords from
 * many addresses in a worker thread, and timed requests.
 *
 * A server of its own, because the flood fills the process's budget of password checks (lib/admin/budget.ts) on
 * purpose: on the shared main server, the other worker's admin specs would meet 503s meanwhile.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { ADMIN_PASSWORD_HASH, ADMIN_USERNAME } from "../support/admin-credentials";

export interface OwnServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const answers = (url: string) =>
  new Promise<boolean>((resolve) => {
    http.get(url, (response) => resolve((response.resume(), response.statusCode === 200))).on("error", () => resolve(false));
  });

/**
 * `next start` on the build the main server serves (.next), with the editors' inbox on, behind a "proxy" at
 * 127.0.0.1 (TRUSTED_PROXIES, so X-Forwarded-For names each client) and a feedback store of its own.
 */
export async function startOwnServer(name: string): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = `test-results/e2e-data-${name}-${process.pid}`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_MANUAL_SIG_HANDLE: "true",
    TRUSTED_PROXIES: "127.0.0.1,::1",
    ADMIN_USERNAME,
    ADMIN_PASSWORD_HASH,
    DATABASE_URL: "",
    DATA_DIR: dataDir,
  };
  for (const unset of ["NEXT_DIST_DIR", "CONTENT_DIR", "PORT"]) delete env[unset];
  const child: ChildProcess = spawn(
    process.execPath,
    [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(killer);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`next start for ${name} exited with ${child.exitCode}`);
    if (await answers(`${url}/`)) return { url, port, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start for ${name} did not answer within 60 s`);
}

/** One GET, timed from sending to having read the whole body; the status with it. */
export function timedGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const request = http.get(url, { headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - began, headers: response.headers }));
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`no answer from ${url}`)));
    request.on("error", reject);
  });
}

/**
 * The flood, as plain JavaScript for a worker thread (so that its own event loop does not delay the timed
 * requests): `perSecond` wrong passwords a second, sent on time whether or not the earlier ones were answered (as
 * an attacker sends them; at most `maxOpen` open at once), every one from an address never used before
 * (X-Forwarded-For), so that no client reaches its own limit.
 */
const FLOOD_SOURCE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { port, path, authorization, perSecond, maxOpen, firstOctet } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: maxOpen });
const counts = {};
let sent = 0;
let open = 0;
const count = (key) => { counts[key] = (counts[key] || 0) + 1; };
const address = () => firstOctet + "." + ((sent >> 16) & 255) + "." + ((sent >> 8) & 255) + "." + (sent & 255);
function one() {
  sent++;
  if (open >= maxOpen) return count("not sent: too many open");
  open++;
  const done = (key) => { open--; count(key); if (stopped && open === 0) finish(); };
  const headers = authorization === null ? { "X-Forwarded-For": address() } : { Authorization: authorization, "X-Forwarded-For": address() };
  const request = http.request({ host: "127.0.0.1", port, path, agent, headers }, (response) => {
    const retryAfter = response.headers["retry-after"];
    response.resume();
    response.on("end", () => done(response.statusCode === 503 && !retryAfter ? "503 without Retry-After" : response.statusCode));
  });
  request.on("error", () => done("error"));
  request.end();
}
const began = Date.now();
let stopped = false;
const timer = setInterval(() => {
  const due = Math.floor(((Date.now() - began) * perSecond) / 1000);
  while (sent < due) one();
}, 5);
function finish() { agent.destroy(); parentPort.postMessage({ counts, seconds: (Date.now() - began) / 1000 }); }
parentPort.on("message", () => { stopped = true; clearInterval(timer); if (open === 0) finish(); });
`;

export interface Flood {
  /** Stops sending, waits for the answers still to come, and says how many of each status there were. */
  stop(): Promise<{ counts: Record<string, number>; seconds: number }>;
}

export function startFlood(options: { port: number; path: string; authorization: string | null; perSecond: number; maxOpen?: number; firstOctet?: number }): Flood {
  const worker = new Worker(FLOOD_SOURCE, { eval: true, workerData: { maxOpen: 1000, firstOctet: 10, ...options } });
  const done = new Promise<{ counts: Record<string, number>; seconds: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    stop: async () => {
      worker.postMessage("stop");
      const result = await done;
      await worker.terminate();
      return result;
    },
  };
}
