import http from "node:http";
import { PEER_HEADER } from "./client";
import { purgeOldAnswers, retentionDaysFromEnv } from "./retention";
import { closeFeedbackStore, getFeedbackStore, isClosing, trackWrite } from "./runtime";

/**
 * What the server process does for feedback when it starts (called from instrumentation.ts):
 * 1. Stamps every incoming request with the address of its peer (see lib/feedback/client.ts for why).
 * 2. Opens the store and applies migrations, so the first reader does not wait and a problem shows in the log at
 *    once. A failure is logged, not thrown: the pages go on serving, and feedback answers 503 until it opens.
 * 3. With NEXT_MANUAL_SIG_HANDLE set (npm start sets it), stops cleanly on SIGTERM and SIGINT: answers being
 *    written are finished, the database is closed, the embedded store's lock is released.
 * 4. Deletes answers older than FEEDBACK_RETENTION_DAYS (default 365) once the store has opened, then every 24
 *    hours (lib/feedback/retention.ts). A failure is logged and tried again the next day; it never stops the site.
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

export async function startFeedback(): Promise<void> {
  stampPeerAddresses();
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        closeFeedbackStore()
          .catch((error: Error) => console.error(`Feedback store: ${error.message}`))
          // The last answers have been handed to Next; give it a moment to send them before the process ends.
          .finally(() => setTimeout(() => process.exit(signal === "SIGINT" ? 130 : 143), FLUSH_MS));
      });
    }
  }
  let opened = false;
  try {
    const store = await getFeedbackStore();
    console.warn(`Feedback: answers are stored in ${store.description}.`);
    opened = true;
  } catch (error) {
    console.error(`Feedback: ${(error as Error).message}`);
  }
  startRetention(opened);
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
 * Deletes the process's answers older than `days` days. Logs how many (when any) and any failure; never
 * throws. Resolves to the number deleted, or null when nothing could be done.
 */
export async function purgeStoredAnswers(days: number, now: Date = new Date()): Promise<number | null> {
  if (isClosing()) return null;
  try {
    // Counted as a write, so a clean stop waits for it before closing the database.
    const deleted = await trackWrite(async () => purgeOldAnswers(await getFeedbackStore(), now, days));
    if (deleted > 0) {
      console.warn(`Feedback: deleted ${deleted} answer${deleted === 1 ? "" : "s"} older than ${days} day${days === 1 ? "" : "s"}.`);
    }
    return deleted;
  } catch (error) {
    console.error(`Feedback: could not delete answers older than ${days} days: ${(error as Error).message}`);
    return null;
  }
}
