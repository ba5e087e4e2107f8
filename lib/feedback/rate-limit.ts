import type pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * Posts per client per minute, from FEEDBACK_RATE_LIMIT (default 10; 0 turns the limit off, for benchmarks).
 * One process keeps its counters in memory; processes sharing PostgreSQL share counters in its
 * feedback_rate_limits table (created by the migrations), so the limit holds whichever process answers.
 */
export const DEFAULT_RATE_LIMIT = 10;

export function rateLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const value = env.FEEDBACK_RATE_LIMIT?.trim();
  if (value === undefined || value === "") return DEFAULT_RATE_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`FEEDBACK_RATE_LIMIT: expected a whole number of posts per minute (0 for no limit), got "${value}"`);
  }
  return limit;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  consume(key: string): Promise<RateDecision>;
}

export function createRateLimit(limit: number, pool?: pg.Pool): RateLimit {
  if (limit === 0) return { consume: async () => ({ allowed: true }) };
  const options = { points: limit, duration: 60, keyPrefix: "feedback" };
  const limiter: RateLimiterAbstract = pool
    ? new RateLimiterPostgres({ ...options, storeClient: pool, storeType: "pool", tableName: "feedback_rate_limits", tableCreated: true })
    : new RateLimiterMemory(options);
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (result) {
        if (result instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
        }
        // The counters' database failed: let the post through; storing it will say whether the database is up.
        return { allowed: true };
      }
    },
  };
}
