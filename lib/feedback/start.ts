import http from "node:http";
import { PEER_HEADER } from "./client";
import { closeFeedbackStore, getFeedbackStore } from "./runtime";

/**
 * What the server process does for feedback when it starts (called from instrumentation.ts):
 * 1. Stamps every incoming request with the address of its peer (see lib/feedback/client.ts for why).
 * 2. Opens the store and applies migrations, so the first reader does not wait and a problem shows in the log at
 *    once. A failure is logged, not thrown: the pages go on serving, and feedback answers 503 until it opens.
 * 3. With NEXT_MANUAL_SIG_HANDLE set (npm start sets it), stops cleanly on SIGTERM and SIGINT: answers being
 *    written are finished, the database is closed, the embedded store's lock is released.
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
  try {
    const store = await getFeedbackStore();
    console.warn(`Feedback: answers are stored in ${store.description}.`);
  } catch (error) {
    console.error(`Feedback: ${(error as Error).message}`);
  }
}
