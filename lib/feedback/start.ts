import http from "node:http";
import { PEER_HEADER } from "./client";
import { purgeOldAnswers, purgeOldSearchMisses, retentionDaysFromEnv } from "./retention";
import { plural } from "../shared";
import { describeFailure } from "./errors";
import { closeFeedbackStore, getFeedbackStore, isClosing, RETRY_MS } from "./runtime";

/**
 * What the server process does for feedback when it starts (called from instrumentation.ts):
 * 1. Stamps every incoming request with the address of its peer (see lib/feedback/client.ts for why).
 * 2. Opens the store and applies migrations, so the first reader does not wait and a problem shows in the log at
 *    once. A failure is logged, not thrown: the pages go on serving, feedback answers 503, and opening is tried
 *    again every 5 s until it succeeds (so a dead holder's stale lock is taken over without waiting for a request).
 * 3. With NEXT_MANUAL_SIG_HANDLE set (npm start sets it), stops cleanly on SIGTERM and SIGINT, within 10 s:
 *    store writes under way are finished (at most 5 s), the database is closed, the embedded store's lock is
 *    released. Requests still reading their bodies are not waited for (they get 503). Past STOP_DEADLINE_MS the
 *    process exits anyway (the lock file is still removed on exit).
 * 4. Deletes answers, and counts of searches with no results, older than FEEDBACK_RETENTION_DAYS (default 365)
 *    once the store has opened, then every 24 hours (lib/feedback/retention.ts). A failure is logged and tried again the next day; it never stops the site.
 */
const STAMPED = Symbol.for("careers-guide.peer-stamp");

export function stampPeerAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: boolean };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      // Overwrites whatever the client sent under this name.
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "unknown";
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}

let stopping = false;
/** How long a clean stop waits, after the last answer is written, for responses to reach their readers. */
const FLUSH_MS = 500;
/** The longest a clean stop may take: under a container runtime's default grace of 10 s. */
export const STOP_DEADLINE_MS = 9_000;

export async function startFeedback(): Promise<void> {
  stampPeerAddresses();
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stopCleanly(signal));
  }
  const opened = await openStore(true);
  startRetention(opened);
  if (!opened) void keepTrying();
}

/** Closes the store and exits; past STOP_DEADLINE_MS, exits anyway. */
function stopCleanly(signal: "SIGTERM" | "SIGINT"): void {
  if (stopping) return;
  stopping = true;
  const code = signal === "SIGINT" ? 130 : 143;
  const began = Date.now();
  setTimeout(() => {
    console.error(`Feedback: the store did not close within ${STOP_DEADLINE_MS / 1000} s of ${signal}; exiting anyway.`);
    process.exit(code);
  }, STOP_DEADLINE_MS).unref();
  closeFeedbackStore()
    .then(() => console.warn(`Feedback: store closed ${Date.now() - began} ms after ${signal}.`))
    .catch((error: Error) => console.error(`Feedback store: ${error.message}`))
    // The last answers have been handed to Next; give it a moment to send them before the process ends.
    .finally(() => setTimeout(() => process.exit(code), FLUSH_MS));
}

let lastFailure: string | undefined;

/** Opens the store; logs the reason of a failure (once while it stays the same) and the success after one. */
async function openStore(first: boolean): Promise<boolean> {
  if (isClosing()) return false;
  try {
    const store = await getFeedbackStore();
    console.warn(`Feedback: answers are stored in ${store.description}${first ? "" : " (opened after a failure)"}.`);
    lastFailure = undefined;
    return true;
  } catch (error) {
    const reason = (error as Error).message;
    // The same reason with other numbers in it (how old the lock is) is not worth a line every 5 s.
    if (reason.replace(/\d+/g, "#") !== lastFailure?.replace(/\d+/g, "#")) {
      console.error(`Feedback: ${reason} (Trying again every ${RETRY_MS / 1000} s.)`);
    }
    lastFailure = reason;
    return false;
  }
}

/** Tries to open the store every RETRY_MS until it opens or the process stops; then deletes old answers. */
async function keepTrying(): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + 100).unref());
    if (isClosing()) return;
    if (await openStore(false)) break;
  }
  try {
    void purgeStoredAnswers(retentionDaysFromEnv());
  } catch {
    // An invalid setting was logged by startRetention.
  }
}

/** How often the running site deletes old answers. */
export const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;
const PURGE_TIMER = Symbol.for("careers-guide.feedback-purge-timer");

/**
 * Deletes old answers now (when the store opened at start; otherwise the first daily run will try) and every
 * PURGE_INTERVAL_MS after. An invalid FEEDBACK_RETENTION_DAYS is logged and nothing is deleted until it is
 * fixed. The timer does not keep the process alive, and is set once per process.
 */
function startRetention(purgeNow: boolean): void {
  const global = globalThis as typeof globalThis & { [PURGE_TIMER]?: NodeJS.Timeout };
  if (global[PURGE_TIMER]) return;
  let days: number;
  try {
    days = retentionDaysFromEnv();
  } catch (error) {
    console.error(`Feedback: ${(error as Error).message} Old answers are not deleted until it is fixed.`);
    return;
  }
  global[PURGE_TIMER] = setInterval(() => void purgeStoredAnswers(days), PURGE_INTERVAL_MS).unref();
  if (purgeNow) void purgeStoredAnswers(days);
}

/**
 * Deletes the process's answers, then its counts of searches with no results, older than `days` days. Logs how
 * many (when any) and any failure; never throws. Resolves to the number of answers deleted, or null when nothing
 * could be done.
 */
export async function purgeStoredAnswers(days: number, now: Date = new Date()): Promise<number | null> {
  if (isClosing()) return null;
  try {
    // The store counts the delete as a write, so a clean stop waits for it before closing the database.
    const store = await getFeedbackStore();
    const deleted = await purgeOldAnswers(store, now, days);
    if (deleted > 0) {
      console.warn(`Feedback: deleted ${plural(deleted, "answer")} older than ${plural(days, "day")}.`);
    }
    const misses = await purgeOldSearchMisses(store, now, days);
    if (misses > 0) {
      console.warn(`Feedback: deleted ${plural(misses, "daily count")} of searches with no results older than ${plural(days, "day")}.`);
    }
    return deleted;
  } catch (error) {
    console.error(`Feedback: could not delete answers older than ${days} days: ${describeFailure(error)}`);
    return null;
  }
}
