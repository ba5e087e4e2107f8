import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clientKey } from "@/lib/feedback/client";
import { createRateLimit, DEFAULT_RATE_LIMIT, rateLimitFromEnv, type RateDecision, type RateLimit } from "@/lib/feedback/rate-limit";
import { openStore, type FeedbackStore } from "@/lib/feedback/store";

const databaseUrl = inject("databaseUrl");

/** A key no other test (or earlier run against the same database) uses. */
const freshKey = () => clientKey(`test-${randomUUID()}`);

async function consumeTimes(limit: RateLimit, key: string, times: number): Promise<RateDecision[]> {
  const decisions: RateDecision[] = [];
  for (let index = 0; index < times; index++) decisions.push(await limit.consume(key));
  return decisions;
}

describe("reading FEEDBACK_RATE_LIMIT", () => {
  it.each<[string | undefined, number]>([
    [undefined, DEFAULT_RATE_LIMIT],
    ["", DEFAULT_RATE_LIMIT],
    ["  ", DEFAULT_RATE_LIMIT],
    ["0", 0],
    ["1", 1],
    [" 25 ", 25],
  ])("reads %j as %d", (value, expected) => {
    expect(rateLimitFromEnv({ FEEDBACK_RATE_LIMIT: value })).toBe(expected);
  });

  it("defaults to 10 posts a minute", () => {
    expect(rateLimitFromEnv({})).toBe(10);
  });

  it.each(["-1", "abc", "1.5", "ten", "1e400"])("refuses %j with a message naming FEEDBACK_RATE_LIMIT", (value) => {
    expect(() => rateLimitFromEnv({ FEEDBACK_RATE_LIMIT: value })).toThrow(/FEEDBACK_RATE_LIMIT/);
    expect(() => rateLimitFromEnv({ FEEDBACK_RATE_LIMIT: value })).toThrow(value);
  });
});

describe("the rate limit in one process (memory)", () => {
  it("allows 10 posts a minute from one client and refuses the 11th, saying when to retry", async () => {
    const limit = createRateLimit(10);
    const key = freshKey();
    const decisions = await consumeTimes(limit, key, 10);
    expect(decisions).toEqual(Array.from({ length: 10 }, () => ({ allowed: true })));
    const eleventh = await limit.consume(key);
    expect(eleventh.allowed).toBe(false);
    const retryAfter = eleventh.allowed ? 0 : eleventh.retryAfterSeconds;
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("keeps refusing once the limit is reached", async () => {
    const limit = createRateLimit(2);
    const key = freshKey();
    const decisions = await consumeTimes(limit, key, 5);
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, false, false, false]);
  });

  it("counts each client separately", async () => {
    const limit = createRateLimit(3);
    const [first, second] = [freshKey(), freshKey()];
    await consumeTimes(limit, first, 3);
    expect((await limit.consume(first)).allowed).toBe(false);
    expect((await consumeTimes(limit, second, 3)).every((decision) => decision.allowed)).toBe(true);
    expect((await limit.consume(second)).allowed).toBe(false);
  });

  it("does not share counts between two limiters in memory (two processes without PostgreSQL)", async () => {
    const key = freshKey();
    const [one, two] = [createRateLimit(1), createRateLimit(1)];
    expect((await one.consume(key)).allowed).toBe(true);
    expect((await two.consume(key)).allowed).toBe(true);
    expect((await one.consume(key)).allowed).toBe(false);
  });

  it("never refuses when the limit is 0 (turned off)", async () => {
    const limit = createRateLimit(0);
    const key = freshKey();
    const decisions = await Promise.all(Array.from({ length: 1000 }, () => limit.consume(key)));
    expect(decisions.every((decision) => decision.allowed)).toBe(true);
  });
});

describe.skipIf(!databaseUrl)("the rate limit shared through PostgreSQL", () => {
  let store: FeedbackStore;

  beforeAll(async () => {
    // Opening the store applies the migrations, which create the feedback_rate_limits table.
    store = await openStore({ kind: "postgres", url: databaseUrl, poolSize: 5 });
  });

  afterAll(async () => {
    await store?.close();
  });

  it("shares one count between two processes: 3 posts in all are allowed, the 4th is refused", async () => {
    const [first, second] = [createRateLimit(3, store.pool), createRateLimit(3, store.pool)];
    const key = freshKey();
    expect(await first.consume(key)).toEqual({ allowed: true });
    expect(await second.consume(key)).toEqual({ allowed: true });
    expect(await first.consume(key)).toEqual({ allowed: true });
    const fourth = await second.consume(key);
    expect(fourth.allowed).toBe(false);
    const retryAfter = fourth.allowed ? 0 : fourth.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await first.consume(key)).allowed).toBe(false);
  });

  it("keeps the count in the feedback_rate_limits table, under a hashed key", async () => {
    const limit = createRateLimit(3, store.pool);
    const key = freshKey();
    await limit.consume(key);
    await limit.consume(key);
    const { rows } = await store.pool!.query<{ key: string; points: number }>(
      "select key, points from feedback_rate_limits where key like $1",
      [`%${key}`],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.points).toBe(2);
  });

  it("counts each client separately", async () => {
    const limit = createRateLimit(1, store.pool);
    const [first, second] = [freshKey(), freshKey()];
    expect((await limit.consume(first)).allowed).toBe(true);
    expect((await limit.consume(second)).allowed).toBe(true);
    expect((await limit.consume(first)).allowed).toBe(false);
  });

  it("lets posts through when the counters' database fails (storing them will report the failure)", async () => {
    const broken = await openStore({ kind: "postgres", url: databaseUrl, poolSize: 1 });
    const limit = createRateLimit(1, broken.pool);
    await broken.close();
    const key = freshKey();
    expect(await limit.consume(key)).toEqual({ allowed: true });
    expect(await limit.consume(key)).toEqual({ allowed: true });
  });
});
