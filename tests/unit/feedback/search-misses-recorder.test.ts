import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PEER_HEADER } from "@/lib/feedback/client";
import { acquireDirectoryLock } from "@/lib/feedback/lock";
import { createSearchMissRecorder, recordSearchMiss, SEARCH_MISS_LIMITS } from "@/lib/feedback/search-misses";
import type { FeedbackStore } from "@/lib/feedback/store";
import { freshRuntimePerTest, removeTempDataDirs } from "./retention-support";

/**
 * Counting a search with no results never slows or fails the search (lib/feedback/search-misses.ts): the store not
 * open, locked by another process, erroring or hanging only means the search is not counted, and the log names the
 * failure by name and code, never the query.
 */

type CountStore = Pick<FeedbackStore, "countSearchMiss">;
const QUERY = "clinical coder jobs";

function recorderWith(store: () => Promise<CountStore>) {
  const logged: string[] = [];
  return { logged, misses: createSearchMissRecorder({ store, log: (line) => logged.push(line) }) };
}

describe("the recorder when the store fails", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("answers 'failed' when the store cannot be opened, and logs it by name and code, at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-29T12:00:00Z") });
    const refused = Object.assign(new Error(`connect ECONNREFUSED while counting "${QUERY}"`), { code: "ECONNREFUSED" });
    const { logged, misses } = recorderWith(() => Promise.reject(refused));
    expect(await misses.record(QUERY, "192.0.2.1")).toBe("failed");
    expect(await misses.record(QUERY, "192.0.2.2")).toBe("failed");
    expect(await misses.record("icb", "192.0.2.2")).toBe("failed");
    expect(logged).toEqual(["Search misses: could not count a search with no results: Error: ECONNREFUSED"]);
    vi.setSystemTime(new Date("2026-11-29T12:01:01Z"));
    expect(await misses.record("ccg", "192.0.2.2")).toBe("failed");
    expect(logged[1]).toBe("Search misses: could not count a search with no results: Error: ECONNREFUSED (3 searches not counted since the last message)");
    expect(logged.join("\n")).not.toContain("clinical");
  });

  it("answers 'failed' when a count fails in the database, logging no part of the query", async () => {
    const failing: CountStore = {
      countSearchMiss: async (query) => {
        throw Object.assign(new Error(`Failed query: insert into search_misses … params: ${query}`), { code: "57P01" });
      },
    };
    const { logged, misses } = recorderWith(async () => failing);
    expect(await misses.record(QUERY, "192.0.2.3")).toBe("failed");
    expect(logged).toEqual(["Search misses: could not count a search with no results: Error: 57P01"]);
  });

  it(`writes at most ${SEARCH_MISS_LIMITS.writesUnderWay} counts at once: while the store hangs, the rest are not counted`, async () => {
    const never = new Promise<CountStore>(() => {});
    const { misses } = recorderWith(() => never);
    const hanging = Array.from({ length: SEARCH_MISS_LIMITS.writesUnderWay }, (_, index) => misses.record(`query ${index}`, `192.0.2.${index + 10}`));
    expect(await misses.record("one more", "192.0.2.99")).toBe("busy");
    void hanging;
  });
});

describe("recordSearchMiss, as the search page calls it", () => {
  const dataDir = freshRuntimePerTest();
  afterEach(removeTempDataDirs);
  // The process's recorder (its limits and its once-a-minute log) afresh for each test.
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("careers-guide.search-miss-recorder")];
  });

  const headers = (address: string) => new Headers({ [PEER_HEADER]: address });

  it("returns at once when the embedded store is locked by another process, and logs the lock by name", { timeout: 30_000 }, async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const lock = acquireDirectoryLock(dataDir());
    try {
      const started = performance.now();
      expect(recordSearchMiss({ query: QUERY, headers: headers("192.0.2.30") })).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(50);
      expect(error).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Search misses: could not count a search with no results: StoreLockedError/)), {
        timeout: 10_000,
      });
      expect(error.mock.calls.flat().join("\n")).not.toContain("clinical");
    } finally {
      lock.release();
    }
  });

  it("returns at once when PostgreSQL does not answer, and never throws, even for headers that throw", async () => {
    // Port 1 on this machine: nothing listens, so every connection is refused.
    vi.stubEnv("DATABASE_URL", "postgres://careers:secret@127.0.0.1:1/careers");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const started = performance.now();
    recordSearchMiss({ query: QUERY, headers: headers("192.0.2.31") });
    const broken = { get: () => { throw new Error("no headers here"); } };
    expect(() => recordSearchMiss({ query: QUERY, headers: broken })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(50);
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringMatching(/could not count a search with no results: .*ECONNREFUSED/)), {
      timeout: 10_000,
    });
    expect(error.mock.calls.flat().join("\n")).not.toMatch(/secret|clinical/);
  });
});
