import { createRateLimit, rateLimitFromEnv, type RateLimit } from "./rate-limit";
import { openStore, storeConfigFromEnv, type FeedbackStore } from "./store";

/**
 * The process's one feedback store, opened on start (instrumentation.ts) or on first use, and closed on a clean
 * stop. Kept on globalThis: Next compiles instrumentation.ts and each route into bundles of their own, so a
 * module-level variable would give each its own store, and PGlite must be opened once per process.
 *
 * The store handed out counts its own writes (add, addAll, deleteOlderThan, and the search misses' count and
 * delete): a clean stop waits for those, and only those, before it closes the database. A request still reading
 * its body is not waited for: the handler sees the stop and answers 503 (lib/feedback/body.ts).
 */
interface FeedbackRuntime {
  opening?: Promise<FeedbackStore>;
  store?: FeedbackStore;
  /** When the last attempt to open failed: the next one waits RETRY_MS, so a down database is not hammered. */
  failed?: { at: number; error: Error };
  rateLimit?: RateLimit;
  /** Store writes under way. */
  writes: number;
  closing: boolean;
  idle: Array<() => void>;
}

const KEY = Symbol.for("careers-guide.feedback-runtime");
/** How long after a failed open the next attempt may be made. */
export const RETRY_MS = 5_000;
/** How long a clean stop waits for the store's writes under way before it closes the database anyway. */
export const WRITE_WAIT_MS = 5_000;

function runtime(): FeedbackRuntime {
  const global = globalThis as typeof globalThis & { [KEY]?: FeedbackRuntime };
  global[KEY] ??= { writes: 0, closing: false, idle: [] };
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
      state.store = countingWrites(store, state);
      state.failed = undefined;
      state.opening = undefined;
      return state.store;
    },
    (error: Error) => {
      state.failed = { at: Date.now(), error };
      state.opening = undefined;
      throw error;
    },
  );
  return state.opening;
}

/** The store with its writes counted, and refused once the process is stopping. */
function countingWrites(store: FeedbackStore, state: FeedbackRuntime): FeedbackStore {
  const counted =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (state.closing) throw new Error("The feedback store is closed: the process is stopping");
      state.writes++;
      try {
        return await write(...args);
      } finally {
        state.writes--;
        if (state.writes === 0) state.idle.splice(0).forEach((resolve) => resolve());
      }
    };
  return {
    ...store,
    add: counted(store.add),
    addAll: counted(store.addAll),
    deleteOlderThan: counted(store.deleteOlderThan),
    countSearchMiss: counted(store.countSearchMiss),
    deleteSearchMissesThrough: counted(store.deleteSearchMissesThrough),
  };
}

export function getRateLimit(store: FeedbackStore): RateLimit {
  const state = runtime();
  state.rateLimit ??= createRateLimit(rateLimitFromEnv(), store.pool);
  return state.rateLimit;
}

export function isClosing(): boolean {
  return runtime().closing;
}

/** A clean stop: refuse new answers, wait (at most `waitMs`) for the store's writes under way, close the database. */
export async function closeFeedbackStore(waitMs = WRITE_WAIT_MS): Promise<void> {
  const state = runtime();
  state.closing = true;
  if (state.writes > 0) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => state.idle.push(resolve)),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs).unref())),
    ]);
    clearTimeout(timer);
  }
  const store = state.store ?? (await state.opening?.catch(() => undefined));
  state.store = undefined;
  await store?.close();
}
