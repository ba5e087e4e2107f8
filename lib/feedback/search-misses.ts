import { createHash } from "node:crypto";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { clientAddress, clientKey, trustedProxies } from "./client";
import { describeFailure } from "./errors";
import { getFeedbackStore, isClosing } from "./runtime";
import { normaliseMissQuery } from "./search-miss-query";
import type { FeedbackStore } from "./store";

/**
 * Searches that found nothing, counted per normalised query and day in the feedback store, for the editors' inbox
 * (docs/feedback.md, "Searches with no results"). Nothing about the reader is stored: the query has personal
 * details removed (lib/feedback/search-miss-query.ts), and the client's hashed address (clientKey) is only a key
 * of the in-memory limits below, for at most a minute.
 *
 * Counting never slows or fails a search: recordSearchMiss returns at once and does its work after the page has
 * moved on; a store that is not open, locked by another process, slow or failing only means the search is not
 * counted (the failure is logged by name and code, at most once a minute).
 */
export const SEARCH_MISS_LIMITS = {
  /** One client counts a query at most once a minute: reloading or resubmitting a search is not another reader. */
  perClientQueryPerMinute: 1,
  /** One client counts at most 10 searches a minute, whatever the queries: filling the day's cap takes 50 minutes. */
  perClientPerMinute: 10,
  /** Distinct queries counted a day (UTC); after that, only queries already counted that day go on counting. */
  queriesPerDay: 500,
  /** Counts being written at once by a process; a miss while that many are under way is not counted. */
  writesUnderWay: 4,
} as const;

export type SearchMissLimits = { [K in keyof typeof SEARCH_MISS_LIMITS]: number };

/** What became of one search with no results. */
export type SearchMissOutcome = "counted" | "not-kept" | "repeat" | "client-limit" | "daily-cap" | "busy" | "failed";

export interface SearchMissRecorderOptions {
  store: () => Promise<Pick<FeedbackStore, "countSearchMiss">>;
  limits?: Partial<SearchMissLimits>;
  now?: () => Date;
  log?: (message: string) => void;
  /** Whether the process is stopping: nothing is counted then. */
  closing?: () => boolean;
}

export interface SearchMissRecorder {
  /** Counts a search for `query` by the client at `address` (as clientAddress gives it); never rejects. */
  record(query: string, address: string): Promise<SearchMissOutcome>;
}

const LOG_EVERY_MS = 60_000;

export function createSearchMissRecorder(options: SearchMissRecorderOptions): SearchMissRecorder {
  const limits: SearchMissLimits = { ...SEARCH_MISS_LIMITS, ...options.limits };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  const perQuery = new RateLimiterMemory({ points: limits.perClientQueryPerMinute, duration: 60, keyPrefix: "search-miss-query" });
  const perClient = new RateLimiterMemory({ points: limits.perClientPerMinute, duration: 60, keyPrefix: "search-miss-client" });
  const allowed = (limiter: RateLimiterMemory, key: string) => limiter.consume(key).then(() => true, () => false);
  let underWay = 0;
  let lastLog = Number.NEGATIVE_INFINITY;
  let unlogged = 0;

  function logFailure(error: unknown) {
    unlogged++;
    if (Date.now() - lastLog < LOG_EVERY_MS) return;
    const more = unlogged > 1 ? ` (${unlogged} searches not counted since the last message)` : "";
    log(`Search misses: could not count a search with no results: ${describeFailure(error)}${more}`);
    lastLog = Date.now();
    unlogged = 0;
  }

  async function record(query: string, address: string): Promise<SearchMissOutcome> {
    const kept = normaliseMissQuery(query);
    if (kept === undefined) return "not-kept";
    const client = clientKey(address);
    // The query is hashed too, so the limiter's keys hold neither an address nor what was searched.
    const pair = createHash("sha256").update(`${client}\n${kept}`).digest("base64url");
    if (!(await allowed(perQuery, pair))) return "repeat";
    if (!(await allowed(perClient, client))) return "client-limit";
    if (options.closing?.() || underWay >= limits.writesUnderWay) return "busy";
    underWay++;
    try {
      const store = await options.store();
      const counted = await store.countSearchMiss(kept, now().toISOString().slice(0, 10), limits.queriesPerDay);
      return counted ? "counted" : "daily-cap";
    } catch (error) {
      logFailure(error);
      return "failed";
    } finally {
      underWay--;
    }
  }

  return {
    record: (query, address) =>
      record(query, address).catch((error: unknown) => {
        logFailure(error);
        return "failed" as const;
      }),
  };
}

const KEY = Symbol.for("careers-guide.search-miss-recorder");

/** The process's recorder, on globalThis so that every bundle of the server shares its limits. */
function processRecorder(): SearchMissRecorder {
  const global = globalThis as typeof globalThis & { [KEY]?: SearchMissRecorder };
  global[KEY] ??= createSearchMissRecorder({ store: getFeedbackStore, closing: isClosing });
  return global[KEY];
}

/**
 * Counts a search that found nothing, for the editors' inbox. Returns at once and never throws: the client's
 * address is read from `headers` now (TRUSTED_PROXIES, as for feedback), and everything else (normalising,
 * redacting, the limits, the store) happens after the caller has moved on, its errors swallowed and logged.
 */
export function recordSearchMiss({ query, headers }: { query: string; headers: Pick<Headers, "get"> }): void {
  try {
    const address = clientAddress(headers, trustedProxies());
    setImmediate(() => void processRecorder().record(query, address));
  } catch (error) {
    console.error(`Search misses: could not count a search with no results: ${describeFailure(error)}`);
  }
}
