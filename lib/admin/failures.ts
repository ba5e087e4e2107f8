import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientAddress, clientKey, PEER_HEADER, trustedProxies } from "../feedback";
import { FAILURE_LIMIT, FAILURE_WINDOW_SECONDS, type Env } from "./config";

/** Failed sign-ins per client, counted in this process's memory (lib/admin/auth.ts). */

/** Anything with `get`: a Request's Headers, or what `await headers()` gives a Server Component. */
export interface HeaderReader {
  get(name: string): string | null;
}

const LIMITER = Symbol.for("careers-guide.admin-failures");
type LimiterStore = typeof globalThis & { [LIMITER]?: RateLimiterMemory };

/**
 * One counter per process, on globalThis: proxy.ts and the pages are bundled separately, and both must count
 * into (and read from) the same one. Processes do not share it: with N processes a client gets up to N × the
 * limit (the site runs one process unless it is scaled out; docs/operating.md "Running at scale").
 */
function failures(): RateLimiterMemory {
  const store = globalThis as LimiterStore;
  return (store[LIMITER] ??= new RateLimiterMemory({
    keyPrefix: "admin-auth",
    points: FAILURE_LIMIT,
    duration: FAILURE_WINDOW_SECONDS,
  }));
}

const secondsFrom = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Seconds the client must wait before its next try, or 0 if it is not blocked. */
export async function isBlocked(key: string): Promise<number> {
  const result = await failures().get(key);
  if (!result || result.consumedPoints < FAILURE_LIMIT) return 0;
  return secondsFrom(result.msBeforeNext);
}

/** Counts one failed sign-in; returns the seconds the client must now wait (0 while it is under the limit). */
export async function recordFailure(key: string): Promise<number> {
  try {
    const result = await failures().consume(key);
    return result.consumedPoints >= FAILURE_LIMIT ? secondsFrom(result.msBeforeNext) : 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return secondsFrom(error.msBeforeNext);
    throw error;
  }
}

/** The limiter key of the client that sent these headers (see lib/feedback/client.ts). */
export function adminClientKey(headers: HeaderReader, env: Env = process.env): string {
  // clientAddress takes a Headers; a Server Component's headers() is read-only, so copy the two it reads.
  const copy = new Headers();
  for (const name of [PEER_HEADER, "x-forwarded-for"]) {
    const value = headers.get(name);
    if (value !== null) copy.set(name, value);
  }
  return clientKey(clientAddress(copy, trustedProxies(env)));
}
