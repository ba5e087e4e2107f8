/**
 * The feedback benchmark's load: 20 loops, each sending one problem report at a time to POST /feedback on a
 * keep-alive agent with 20 sockets, each report with its own id in "What were you doing?"; and what the answers
 * that came within a window add up to.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { percentile } from "../../../lib/shared/stats";
import { cpuMs, machineCpuMs } from "../../../scripts/harness/cpu-time";
import type { LoadFigures, Tail } from "./results";
import { CONNECTIONS, WHAT_WRONG } from "./settings";

export interface Sent {
  id: string;
  sentAt: number;
  doneAt: number;
  /** Status, or 0 when no answer came. */
  status: number;
  acknowledged: boolean;
  error?: string;
}

function post(agent: http.Agent, port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/feedback",
        method: "POST",
        agent,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.setTimeout(30_000, () => request.destroy(Object.assign(new Error("no answer in 30 s"), { code: "TIMEOUT" })));
    request.end(body);
  });
}

const formBody = (page: string, id: string) =>
  `page=${encodeURIComponent(page)}&kind=problem&whatDoing=${encodeURIComponent(id)}&whatWrong=${encodeURIComponent(WHAT_WRONG)}&js=1`;

function isOk(body: string): boolean {
  try {
    return (JSON.parse(body) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

export const newRecord = (id: string): Sent => ({ id, sentAt: performance.now(), doneAt: 0, status: 0, acknowledged: false });

/** Sends one report and records its answer (or its error) in `record`. */
export async function deliver(record: Sent, agent: http.Agent, port: number, page: string): Promise<void> {
  try {
    const answer = await post(agent, port, formBody(page, record.id));
    record.status = answer.status;
    record.acknowledged = answer.status === 201 && isOk(answer.body);
  } catch (error) {
    record.error = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
  record.doneAt = performance.now();
}

export class Load {
  readonly sent: Sent[] = [];
  private issuing = true;
  private next = 0;
  private loops: Promise<void>[] = [];
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

  constructor(
    private readonly port: number,
    private readonly page: string,
    private readonly prefix: string,
    /** Stop a loop at its first error (the server is gone). */
    private readonly stopOnError: boolean,
  ) {}

  start(): void {
    for (let loop = 0; loop < CONNECTIONS; loop++) this.loops.push(this.loop());
  }

  /** No new request from now on. */
  halt(): void {
    this.issuing = false;
  }

  /** Halts, and resolves when every request in flight has its answer or its error. */
  async finish(): Promise<void> {
    this.issuing = false;
    await Promise.all(this.loops);
    this.agent.destroy();
  }

  private async loop(): Promise<void> {
    while (this.issuing) {
      const record = newRecord(`${this.prefix}${this.next++}`);
      this.sent.push(record);
      await deliver(record, this.agent, this.port, this.page);
      if (record.error && this.stopOnError) return;
    }
  }
}

const outcomeOf = (record: Sent) => record.error ?? (record.acknowledged ? "201" : record.status === 201 ? "201 without ok" : String(record.status));

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** CPU snapshots: the server process, this process and the whole machine. */
export interface CpuSnapshot {
  at: number;
  server?: number;
  loader: number;
  machine?: number;
}

export function cpuSnapshot(pid: number): CpuSnapshot {
  const own = process.cpuUsage();
  return { at: performance.now(), server: cpuMs(pid), loader: (own.user + own.system) / 1000, machine: machineCpuMs() };
}

export function figures(load: Load, from: number, to: CpuSnapshot, before: CpuSnapshot): LoadFigures {
  const inWindow = load.sent.filter((record) => record.doneAt > 0 && record.doneAt <= to.at);
  const acknowledged = inWindow.filter((record) => record.acknowledged);
  const latencies = acknowledged.map((record) => record.doneAt - record.sentAt);
  const seconds = (to.at - from) / 1000;
  const wall = to.at - before.at;
  const cores = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : (b - a) / wall);
  const serverMs = before.server === undefined || to.server === undefined ? undefined : to.server - before.server;
  return {
    seconds,
    sent: load.sent.filter((record) => record.sentAt <= to.at).length,
    acknowledged: acknowledged.length,
    rps: acknowledged.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    otherStatuses: countBy(inWindow.filter((record) => !record.acknowledged && !record.error), outcomeOf),
    errors: countBy(inWindow.filter((record) => record.error), outcomeOf),
    serverCores: cores(before.server, to.server),
    serverCpuPerAnswer: serverMs === undefined || acknowledged.length === 0 ? undefined : serverMs / acknowledged.length,
    loaderCores: (to.loader - before.loader) / wall,
    machineCores: cores(before.machine, to.machine),
  };
}

/** The requests that were still in flight at `at`: what became of them. */
export const tailOf = (load: Load, at: number): Tail => ({
  outcomes: countBy(load.sent.filter((record) => record.sentAt <= at && (record.doneAt === 0 || record.doneAt > at)), outcomeOf),
  sentAfter: countBy(load.sent.filter((record) => record.sentAt > at), outcomeOf),
});
