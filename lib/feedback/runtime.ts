import { createRateLimit, rateLimitFromEnv, type RateLimit } from "./rate-limit";
import { openStore, storeConfigFromEnv, type FeedbackStore } from "./store";

/**
 * The process's one feedback store, opened on start (instrumentation.ts) or on first use, and closed on a clean
 * stop. Kept on globalThis: Next compiles instrumentation.ts and each route into bundles of their own, so a
 * module-level variable would give each its own store, and PGlite must be opened once per process.
 */
interface FeedbackRuntime {
  opening?: Promise<FeedbackStore>;
  store?: FeedbackStore;
  /** When the last attempt to open failed: the next one waits RETRY_MS, so a down database is not hammered. */
  failed?: { at: number; error: Error };
  rateLimit?: RateLimit;
  inFlight: number;
  closing: boolean;
  idle: Array<() => void>;
}

const KEY = Symbol.for("careers-guide.feedback-runtime");
const RETRY_MS = 5_000;

function runtime(): FeedbackRuntime {
  const global = globalThis as typeof globalThis & { [KEY]?: FeedbackRuntime };
  global[KEY] ??= { inFlight: 0, closing: false, idle: [] };
  return global[KEY];
}

/** The store, opening it (and applying migrations) the first time. Rejects while it cannot be opened. */
export function getFeedbackStore(): Promise<FeedbackStore> {
  const state = runtime();
  if (state.store) return Promise.resolve(state.store);
  if (state.closing) return Promise.reject(new Error("The feedback store is closed: the process is stopping"));
  if (state.failed && Date.now() - state.failed.at < RETRY_MS) return Promise.reject(state.failed.error);
  state.opening ??= openStore(storeConfigFromEnv()).then(
    (store) => {
      state.store = store;
      state.failed = undefined;
      state.opening = undefined;
      return store;
    },
    (error: Error) => {
      state.failed = { at: Date.now(), error };
      state.opening = undefined;
      throw error;
    },
  );
  return state.opening;
}

export function getRateLimit(store: FeedbackStore): RateLimit {
  const state = runtime();
  state.rateLimit ??= createRateLimit(rateLimitFromEnv(), store.pool);
  return state.rateLimit;
}

export function isClosing(): boolean {
  return runtime().closing;
}

/** Runs one write, counted so that closeFeedbackStore() waits for it. */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  const state = runtime();
  state.inFlight++;
  try {
    return await write();
  } finally {
    state.inFlight--;
    if (state.inFlight === 0) state.idle.splice(0).forEach((resolve) => resolve());
  }
}

/** A clean stop: refuse new answers, wait (at most `waitMs`) for those being written, close the database. */
export async function closeFeedbackStore(waitMs = 10_000): Promise<void> {
  const state = runtime();
  state.closing = true;
  if (state.inFlight > 0) {
    await Promise.race([
      new Promise<void>((resolve) => state.idle.push(resolve)),
      new Promise<void>((resolve) => setTimeout(resolve, waitMs).unref()),
    ]);
  }
  const store = state.store ?? (await state.opening?.catch(() => undefined));
  state.store = undefined;
  await store?.close();
}
