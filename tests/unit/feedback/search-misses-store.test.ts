import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { purgeOldSearchMisses } from "@/lib/feedback/retention";
import { createSearchMissRecorder, SEARCH_MISS_LIMITS, type SearchMissLimits } from "@/lib/feedback/search-misses";
import { openStore, type FeedbackStore, type StoreConfig } from "@/lib/feedback/store";
import { createDatabase, SLOW_OPEN_MS } from "./store-support";

/**
 * Searches with no results in the feedback store, embedded (PGlite) and on PostgreSQL: counted per query and day,
 * the daily cap on new queries, the inbox's list, the retention purge; and the recorder's limits in front of the
 * store (one count per client per query per minute, 10 a client a minute, the daily cap), with a fake clock.
 */

const databaseUrl = inject("databaseUrl");

const targets: Array<{ kind: StoreConfig["kind"]; skip: boolean; setup(): Promise<{ config: StoreConfig; cleanup(): Promise<void> }> }> = [
  {
    kind: "embedded",
    skip: false,
    async setup() {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-misses-"));
      return { config: { kind: "embedded", dataDir }, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    kind: "postgres",
    skip: !databaseUrl,
    async setup() {
      const database = await createDatabase(databaseUrl);
      return { config: { kind: "postgres", url: database.url, poolSize: 5 }, cleanup: () => database.drop() };
    },
  },
];

const NOON = new Date("2026-11-29T12:00:00.000Z");
const MINUTE = 60_000;

for (const { kind, skip, setup } of targets) {
  describe(`searches with no results in the ${kind} store`, { skip }, () => {
    let store: FeedbackStore;
    let cleanup: () => Promise<void>;
    let config: StoreConfig;
    /** Each test's queries start with its own prefix, so tests share the store without counting each other's. */
    let prefix = 0;
    const mine = async (tag: string, since = "2000-01-01") =>
      (await store.searchMisses({ since })).filter((row) => row.query.startsWith(tag));

    beforeAll(async () => {
      ({ config, cleanup } = await setup());
      store = await openStore(config);
    }, SLOW_OPEN_MS);

    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    afterEach(() => {
      vi.useRealTimers();
    });

    it("counts per query and day, and lists the most searched in the window first with the first and last day", async () => {
      const t = `t${++prefix} `;
      const count = (query: string, day: string, times = 1) =>
        Promise.all(Array.from({ length: times }, () => store.countSearchMiss(t + query, day, 500)));
      await count("icb", "2026-11-01", 2);
      await count("icb", "2026-11-28", 3);
      await count("ccg", "2026-11-29", 4);
      await count("opcs4", "2026-09-01", 9);
      await count("hes", "2026-11-29");
      await count("plics", "2026-11-28");

      const rows = await mine(t, "2026-10-30");
      expect(rows).toEqual([
        { query: `${t}icb`, recent: 5, total: 5, firstSeen: "2026-11-01", lastSeen: "2026-11-28" },
        { query: `${t}ccg`, recent: 4, total: 4, firstSeen: "2026-11-29", lastSeen: "2026-11-29" },
        // One search each: the most recent first, then A to Z.
        { query: `${t}hes`, recent: 1, total: 1, firstSeen: "2026-11-29", lastSeen: "2026-11-29" },
        { query: `${t}plics`, recent: 1, total: 1, firstSeen: "2026-11-28", lastSeen: "2026-11-28" },
        // Nothing in the window: last, with its count of all time.
        { query: `${t}opcs4`, recent: 0, total: 9, firstSeen: "2026-09-01", lastSeen: "2026-09-01" },
      ]);
      const recentOnly = (await store.searchMisses({ since: "2026-10-30", recentOnly: true })).filter((row) => row.query.startsWith(t));
      expect(recentOnly.map((row) => row.query)).toEqual([`${t}icb`, `${t}ccg`, `${t}hes`, `${t}plics`]);
      expect(await store.searchMisses({ since: "2026-10-30", limit: 2 })).toHaveLength(2);
    });

    it("counts a new query on a day only while fewer than the cap have been counted that day; known ones go on counting", async () => {
      const t = `t${++prefix} `;
      const day = "2031-01-01";
      const cap = 3;
      expect(await store.countSearchMiss(`${t}a`, day, cap)).toBe(true);
      expect(await store.countSearchMiss(`${t}b`, day, cap)).toBe(true);
      expect(await store.countSearchMiss(`${t}c`, day, cap)).toBe(true);
      expect(await store.countSearchMiss(`${t}d`, day, cap)).toBe(false);
      expect(await store.countSearchMiss(`${t}a`, day, cap)).toBe(true);
      // The next day starts afresh.
      expect(await store.countSearchMiss(`${t}d`, "2031-01-02", cap)).toBe(true);
      const rows = await mine(t, day);
      expect(Object.fromEntries(rows.map((row) => [row.query.slice(t.length), row.recent]))).toEqual({ a: 2, b: 1, c: 1, d: 1 });
    });

    it("deletes the days up to the retention's cutoff day, and nothing after it", async () => {
      const t = `t${++prefix} `;
      for (const day of ["2025-11-28", "2025-11-29", "2025-11-30", "2026-11-29"]) await store.countSearchMiss(`${t}q`, day, 500);
      // 365 days before noon on 2026-11-29 is noon on 2025-11-29: that day's count goes (a day early at most).
      const deleted = await purgeOldSearchMisses(store, NOON, 365);
      expect(deleted).toBeGreaterThanOrEqual(2);
      expect(await mine(t)).toEqual([{ query: `${t}q`, recent: 2, total: 2, firstSeen: "2025-11-30", lastSeen: "2026-11-29" }]);
      expect(await purgeOldSearchMisses(store, NOON, 365)).toBe(0);
    });

    if (kind === "postgres") {
      it("counts every search when two processes count the same query at once", async () => {
        const t = `t${++prefix} `;
        const second = await openStore(config);
        try {
          const both = Array.from({ length: 40 }, (_, index) => (index % 2 ? second : store).countSearchMiss(`${t}same`, "2026-11-29", 500));
          expect(await Promise.all(both)).toEqual(Array(40).fill(true));
        } finally {
          await second.close();
        }
        expect((await mine(t))[0]).toMatchObject({ total: 40 });
      });
    }

    describe("through the recorder's limits", () => {
      const recorder = (limits: Partial<SearchMissLimits> = {}) => {
        const logged: string[] = [];
        return { logged, recorder: createSearchMissRecorder({ store: async () => store, limits, log: (line) => logged.push(line) }) };
      };

      it("counts a query once per client per minute: again after a minute, at once from another client (IPv6 per /64)", async () => {
        vi.useFakeTimers({ toFake: ["Date"], now: NOON });
        const t = `T${++prefix} icb`;
        const { recorder: misses } = recorder();
        expect(await misses.record(t, "203.0.113.7")).toBe("counted");
        // The same query however it was typed is the same query.
        expect(await misses.record(`  ${t.toUpperCase()}  `, "203.0.113.7")).toBe("repeat");
        expect(await misses.record(t, "::ffff:203.0.113.7")).toBe("repeat");
        expect(await misses.record(t, "198.51.100.1")).toBe("counted");
        expect(await misses.record(t, "2001:db8:1:2::a")).toBe("counted");
        expect(await misses.record(t, "2001:db8:1:2:ffff::b")).toBe("repeat");
        vi.setSystemTime(NOON.getTime() + MINUTE - 1);
        expect(await misses.record(t, "203.0.113.7")).toBe("repeat");
        vi.setSystemTime(NOON.getTime() + MINUTE + 1);
        expect(await misses.record(t, "203.0.113.7")).toBe("counted");
        expect(await mine(t.toLowerCase())).toEqual([
          { query: t.toLowerCase(), recent: 4, total: 4, firstSeen: "2026-11-29", lastSeen: "2026-11-29" },
        ]);
      });

      it(`counts at most ${SEARCH_MISS_LIMITS.perClientPerMinute} searches a client a minute, whatever the queries`, async () => {
        vi.useFakeTimers({ toFake: ["Date"], now: NOON });
        const t = `t${++prefix} q`;
        const { recorder: misses } = recorder();
        const outcomes = [];
        for (let index = 0; index < 12; index++) outcomes.push(await misses.record(`${t}${"abcdefghijkl"[index]}`, "192.0.2.10"));
        expect(outcomes).toEqual([...Array(10).fill("counted"), "client-limit", "client-limit"]);
        expect(await misses.record(`${t}x`, "192.0.2.11")).toBe("counted");
        vi.setSystemTime(NOON.getTime() + MINUTE + 1);
        expect(await misses.record(`${t}y`, "192.0.2.10")).toBe("counted");
        expect(await mine(t)).toHaveLength(12);
      });

      it("applies the daily cap on new queries (only known ones count after it), and keeps no query it must not", async () => {
        vi.useFakeTimers({ toFake: ["Date"], now: new Date("2032-03-04T10:00:00Z") });
        const t = `t${++prefix} `;
        const { recorder: misses } = recorder({ queriesPerDay: 2 });
        expect(await misses.record(`${t}one`, "192.0.2.20")).toBe("counted");
        expect(await misses.record(`${t}two`, "192.0.2.20")).toBe("counted");
        expect(await misses.record(`${t}three`, "192.0.2.20")).toBe("daily-cap");
        expect(await misses.record(`${t}one`, "192.0.2.21")).toBe("counted");
        expect(await misses.record("07700 900123", "192.0.2.20")).toBe("not-kept");
        expect(await misses.record("943 476 5919", "192.0.2.20")).toBe("not-kept");
        vi.setSystemTime(new Date("2032-03-05T00:00:01Z"));
        expect(await misses.record(`${t}three`, "192.0.2.22")).toBe("counted");
        const rows = await mine(t, "2032-03-01");
        expect(Object.fromEntries(rows.map((row) => [row.query.slice(t.length), [row.total, row.firstSeen]]))).toEqual({
          one: [2, "2032-03-04"],
          two: [1, "2032-03-04"],
          three: [1, "2032-03-05"],
        });
      });
    });
  });
}
