import { clientAddress, clientKey, PEER_HEADER, trustedProxies } from "../feedback";
import { FAILURE_LIMIT, FAILURE_WINDOW_SECONDS, type Env } from "./config";

/**
 * Sign-in attempts per client, counted in this process's memory (lib/admin/auth.ts). An attempt is taken before
 * its password is checked and given back when the password is right, so at most FAILURE_LIMIT checks run per
 * client per window however many requests it sends at once: the count is read and raised in one synchronous step,
 * with no await in between. An attempt refused for being over the limit is not counted (nothing was checked).
 */

/** Anything with `get`: a Request's Headers, or what `await headers()` gives a Server Component. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** A taken attempt, with what gives it back; or a refusal, with the seconds until the client's window ends. */
export type Attempt = { allowed: true; giveBack: () => void } | { allowed: false; retryAfter: number };

interface Window {
  count: number;
  endsAt: number;
}

const secondsFrom = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Attempts per key in fixed windows that start at a key's first attempt. */
export class AttemptCounter {
  readonly #windows = new Map<string, Window>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #nextSweep = 0;

  constructor({ limit = FAILURE_LIMIT, windowSeconds = FAILURE_WINDOW_SECONDS, now = Date.now } = {}) {
    this.#limit = limit;
    this.#windowMs = windowSeconds * 1000;
    this.#now = now;
  }

  /** Keys with a window that has not been forgotten yet. */
  get size(): number {
    return this.#windows.size;
  }

  #current(key: string, now: number): Window | undefined {
    const window = this.#windows.get(key);
    return window && window.endsAt > now ? window : undefined;
  }

  /** Seconds until the key may try again, or 0 if it may now. */
  blockedFor(key: string): number {
    const now = this.#now();
    const window = this.#current(key, now);
    return window && window.count >= this.#limit ? secondsFrom(window.endsAt - now) : 0;
  }

  /** Takes one attempt for the key, unless it has none left in its window. */
  take(key: string): Attempt {
    const now = this.#now();
    this.#sweep(now);
    let window = this.#current(key, now);
    if (window && window.count >= this.#limit) return { allowed: false, retryAfter: secondsFrom(window.endsAt - now) };
    if (!window) {
      window = { count: 0, endsAt: now + this.#windowMs };
      this.#windows.set(key, window);
    }
    window.count++;
    const taken = window;
    let given = false;
    return {
      allowed: true,
      // Once only, and only into the window it was taken from (a new window owes it nothing).
      giveBack: () => {
        if (given) return;
        given = true;
        if (taken.count > 0) taken.count--;
      },
    };
  }

  /** Forgets ended windows, at most once a minute, so that memory follows the clients of the last window only. */
  #sweep(now: number): void {
    if (now < this.#nextSweep) return;
    this.#nextSweep = now + Math.min(this.#windowMs, 60_000);
    for (const [key, window] of this.#windows) if (window.endsAt <= now) this.#windows.delete(key);
  }
}

const COUNTER = Symbol.for("careers-guide.admin-attempts");
type CounterStore = typeof globalThis & { [COUNTER]?: AttemptCounter };

/**
 * One counter per process, on globalThis: proxy.ts and the pages are bundled separately, and both must count
 * into (and read from) the same one. Processes do not share it: with N processes a client gets up to N × the
 * limit (the site runs one process unless it is scaled out; docs/operating.md "Running at scale").
 */
function attempts(): AttemptCounter {
  const store = globalThis as CounterStore;
  return (store[COUNTER] ??= new AttemptCounter());
}

/** Seconds the client must wait before its next try, or 0 if it is not blocked. */
export function isBlocked(key: string): number {
  return attempts().blockedFor(key);
}

/** Takes one sign-in attempt for the client, before its password is checked. */
export function takeAttempt(key: string): Attempt {
  return attempts().take(key);
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
