/**
 * A flood of sign-ins from many addresses, and a timed GET: what the benchmark's sign-in flood step
 * (bench/sections/admin-flood.ts) and the end-to-end spec (tests/e2e/admin/admin-burst.spec.ts, through
 * burst-support.ts) share, to see what a page feels while wrong passwords pour in (issue 20).
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

/**
 * The flood, as plain JavaScript for a worker thread (so that its own event loop does not delay the timed
 * requests): `perSecond` requests a second, sent on time whether or not the earlier ones were answered (as an
 * attacker sends them; at most `maxOpen` open at once, the rest counted as not sent), every one from an address
 * never used before (X-Forwarded-For), so that no client reaches its own limit. A 503 without Retry-After is
 * counted apart from the budget's 503s, which always carry one.
 */
const FLOOD_SOURCE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { port, path, authorization, perSecond, maxOpen, firstOctet, notSent } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: maxOpen });
const counts = {};
let sent = 0;
let open = 0;
let stopped = false;
const count = (key) => { counts[key] = (counts[key] || 0) + 1; };
const address = () => firstOctet + "." + ((sent >> 16) & 255) + "." + ((sent >> 8) & 255) + "." + (sent & 255);
function one() {
  sent++;
  if (open >= maxOpen) return count(notSent);
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
const timer = setInterval(() => {
  const due = Math.floor(((Date.now() - began) * perSecond) / 1000);
  while (sent < due) one();
}, 5);
function finish() { agent.destroy(); parentPort.postMessage({ counts, sent, seconds: (Date.now() - began) / 1000 }); }
parentPort.on("message", () => { stopped = true; clearInterval(timer); if (open === 0) finish(); });
`;

export interface FloodOptions {
  port: number;
  /** The path asked for on 127.0.0.1:`port`, such as /admin/feedback. */
  path: string;
  /** The Authorization header of every request; null for none at all. */
  authorization: string | null;
  /** Requests a second. */
  perSecond: number;
  /** Open requests at most (default 1,000); a request due beyond them is counted as not sent. */
  maxOpen?: number;
  /** The first octet of the IPv4 addresses in X-Forwarded-For (default 10). */
  firstOctet?: number;
}

export interface FloodAnswers {
  /** Answers by status ("error" for a request that failed, "not sent: 1,000 open" for one over the cap). */
  counts: Record<string, number>;
  /** Requests due, sent or not. */
  sent: number;
  /** From the first request to the last answer. */
  seconds: number;
}

export interface Flood {
  /** Stops sending, waits for the answers still to come, and counts them. */
  stop(): Promise<FloodAnswers>;
}

export function startFlood(options: FloodOptions): Flood {
  const { maxOpen = 1000, firstOctet = 10 } = options;
  const notSent = `not sent: ${maxOpen.toLocaleString("en-GB")} open`;
  const worker = new Worker(FLOOD_SOURCE, { eval: true, workerData: { ...options, maxOpen, firstOctet, notSent } });
  const done = new Promise<FloodAnswers>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    stop: async () => {
      worker.postMessage("stop");
      const answers = await done;
      await worker.terminate();
      return answers;
    },
  };
}

/** One GET, timed from sending to having read the whole body; the status and headers with it. */
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
