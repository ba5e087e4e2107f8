import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { StoreLockedError } from "@/lib/feedback/lock";
import { openStore, type Answer, type FeedbackStore, type StoreConfig } from "@/lib/feedback/store";
import { answer, createDatabase, describeError, MIGRATIONS, queryPostgres, SLOW_OPEN_MS } from "./store-support";

/** The feedback store, embedded (PGlite) and on PostgreSQL: what it keeps, counts and refuses, closed and opened again. */

const databaseUrl = inject("databaseUrl");

interface Target {
  config: StoreConfig;
  /** Rows in drizzle's table of applied migrations (read while the store is closed, for PGlite). */
  appliedMigrations(): Promise<number>;
  cleanup(): Promise<void>;
}

const targets: Array<{ kind: StoreConfig["kind"]; skip: boolean; setup(): Promise<Target> }> = [
  {
    kind: "embedded",
    skip: false,
    async setup() {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-store-"));
      return {
        config: { kind: "embedded", dataDir },
        async appliedMigrations() {
          const client = new PGlite(path.join(dataDir, "pglite"));
          try {
            const { rows } = await client.query<{ count: number }>("select count(*)::int as count from drizzle.__drizzle_migrations");
            return rows[0]!.count;
          } finally {
            await client.close();
          }
        },
        async cleanup() {
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    kind: "postgres",
    skip: !databaseUrl,
    async setup() {
      // A database of its own: migrations are seen running on an empty database, and no other test's rows count.
      const database = await createDatabase(databaseUrl);
      return {
        config: { kind: "postgres", url: database.url, poolSize: 5 },
        async appliedMigrations() {
          const rows = await queryPostgres<{ count: number }>(database.url, "select count(*)::int as count from drizzle.__drizzle_migrations");
          return rows[0]!.count;
        },
        cleanup: () => database.drop(),
      };
    },
  },
];

for (const { kind, skip, setup } of targets) {
  describe(`the ${kind} feedback store`, { skip }, () => {
    let target: Target;
    let store: FeedbackStore | undefined;
    const opened: FeedbackStore[] = [];
    const open = async () => {
      const next = await openStore(target.config);
      opened.push(next);
      return next;
    };
    const current = () => {
      if (!store) throw new Error("the store is not open");
      return store;
    };

    beforeAll(async () => {
      target = await setup();
      store = await open();
    }, SLOW_OPEN_MS);

    afterAll(async () => {
      for (const each of opened) await each.close().catch(() => {});
      await target?.cleanup();
    });

    it("applies the migrations on first open, and stores a yes, a no and a problem report, returned oldest first", async () => {
      const before = Date.now();
      await current().add(answer({ page: "/test-roles/a", useful: true }));
      await current().add(answer({ page: "/test-roles/b", useful: false, javascript: true }));
      await current().add(answer({ page: "/test-roles/c", whatDoing: "Reading", whatWrong: "A typo\non two lines" }));
      const all = await current().all();
      expect(all.map(({ page, useful, whatDoing, whatWrong, javascript }) => ({ page, useful, whatDoing, whatWrong, javascript }))).toEqual([
        { page: "/test-roles/a", useful: true, whatDoing: null, whatWrong: null, javascript: false },
        { page: "/test-roles/b", useful: false, whatDoing: null, whatWrong: null, javascript: true },
        { page: "/test-roles/c", useful: null, whatDoing: "Reading", whatWrong: "A typo\non two lines", javascript: false },
      ]);
      for (const row of all) {
        expect(row.createdAt).toBeInstanceOf(Date);
        expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
        expect(row.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
        expect(Number.isInteger(row.id)).toBe(true);
      }
      expect(new Set(all.map((row) => row.id)).size).toBe(3);
    });

    it("orders by the time given, not the order of adding", async () => {
      const early = new Date("2020-02-03T04:05:06.789Z");
      await current().add(answer({ page: "/test-early", whatWrong: "old" }), early);
      const all = await current().all();
      expect(all[0]).toMatchObject({ page: "/test-early", whatWrong: "old", createdAt: early });
    });

    it("keeps a reader's text exactly, including quotes, emoji and characters SQL treats specially", async () => {
      const text = "It's \"wrong\"; drop table feedback; -- 😀 \\ %_ \u00e9";
      await current().add(answer({ page: "/test-text", whatWrong: text }));
      expect((await current().all()).find((row) => row.page === "/test-text")?.whatWrong).toBe(text);
    });

    it.each<[string, Partial<Answer>]>([
      ["both a yes/no answer and a problem report", { useful: true, whatDoing: "x" }],
      ["both a no and a text of what went wrong", { useful: false, whatWrong: "x" }],
      ["neither a yes/no answer nor a problem report", {}],
    ])("refuses a row that is %s (the database's check)", async (_, fields) => {
      const count = (await current().all()).length;
      const result = current().add(answer({ page: "/test-bad", ...fields }));
      await expect(result).rejects.toThrow();
      expect(describeError(await result.catch((error: unknown) => error))).toContain("feedback_answer_kind");
      expect((await current().all()).length).toBe(count);
    });

    it("answers a ping", async () => {
      await expect(current().ping()).resolves.toBeUndefined();
    });

    it("says where the answers are", () => {
      expect(current().description).toContain(kind === "embedded" ? "embedded store" : "PostgreSQL");
      expect(current().pool === undefined).toBe(kind === "embedded");
    });

    if (kind === "embedded") {
      it("refuses a second open of the same folder while the first is open, and the first keeps working", async () => {
        await expect(openStore(target.config)).rejects.toBeInstanceOf(StoreLockedError);
        await expect(openStore(target.config)).rejects.toThrow(/DATABASE_URL/);
        await current().add(answer({ page: "/test-after-refusal", useful: true }));
        expect((await current().all()).some((row) => row.page === "/test-after-refusal")).toBe(true);
      });
    } else {
      it("serves a second process on the same database at the same time: each sees the other's answers", async () => {
        const second = await openStore(target.config);
        try {
          await second.add(answer({ page: "/test-from-second", useful: false }));
          await current().add(answer({ page: "/test-from-first", useful: true }));
          for (const each of [current(), second]) {
            const pages = (await each.all()).map((row) => row.page);
            expect(pages).toEqual(expect.arrayContaining(["/test-from-first", "/test-from-second"]));
          }
        } finally {
          await second.close();
        }
      });
    }

    it("counts Yes and No per page, all time and since a date; lists problem reports newest first; deletes old answers", async () => {
      const day = 24 * 60 * 60 * 1000;
      const now = Date.now();
      const at = (daysAgo: number) => new Date(now - daysAgo * day);
      const page = `/test-summary-${kind}`;
      const other = `/test-summary-other-${kind}`;
      await current().add(answer({ page, useful: true }), at(1));
      await current().add(answer({ page, useful: false }), at(2));
      await current().add(answer({ page, useful: false }), at(40));
      await current().add(answer({ page: other, useful: true }), at(400));
      await current().add(answer({ page, useful: null, whatDoing: "older report", whatWrong: null }), at(3));
      await current().add(answer({ page, useful: null, whatDoing: null, whatWrong: "newer report" }), at(1));
      await current().add(answer({ page: other, useful: null, whatDoing: "other page", whatWrong: null }), at(500));

      const allTime = await current().usefulCounts();
      expect(allTime.find((row) => row.page === page)).toEqual({ page, yes: 1, no: 2 });
      expect(allTime.find((row) => row.page === other)).toEqual({ page: other, yes: 1, no: 0 });
      const recent = await current().usefulCounts(at(30));
      expect(recent.find((row) => row.page === page)).toEqual({ page, yes: 1, no: 1 });
      expect(recent.find((row) => row.page === other)).toBeUndefined();

      expect((await current().problemCounts()).find((row) => row.page === page)).toEqual({ page, count: 2 });
      expect((await current().problemCounts(at(2))).find((row) => row.page === page)).toEqual({ page, count: 1 });
      const reports = await current().problemReports({ page, limit: 10 });
      expect(reports.map((row) => row.whatDoing ?? row.whatWrong)).toEqual(["newer report", "older report"]);
      expect((await current().problemReports({ page, limit: 1 })).map((row) => row.whatWrong)).toEqual(["newer report"]);
      expect((await current().problemReports({ limit: 100 })).some((row) => row.page === other)).toBe(true);

      const deleted = await current().deleteOlderThan(at(365));
      expect(deleted).toBeGreaterThanOrEqual(2);
      const left = await current().all();
      expect(left.some((row) => row.page === other)).toBe(false);
      expect(left.filter((row) => row.page === page)).toHaveLength(5);
    });

    it("keeps the answers when closed and opened again, and applies no migration twice", { timeout: 20_000 }, async () => {
      const count = (await current().all()).length;
      await current().close();
      store = undefined;
      expect(await target.appliedMigrations()).toBe(MIGRATIONS);
      store = await open();
      const all = await current().all();
      expect(all.length).toBe(count);
      expect(all.some((row) => row.page === "/test-roles/c")).toBe(true);
      await current().close();
      store = undefined;
      expect(await target.appliedMigrations()).toBe(MIGRATIONS);
      store = await open();
      expect((await current().all()).length).toBe(count);
    });

    it("refuses queries once closed, and closing twice is harmless", { timeout: 20_000 }, async () => {
      const closing = current();
      await closing.close();
      store = undefined;
      await expect(closing.close()).resolves.toBeUndefined();
      await expect(closing.ping()).rejects.toThrow();
      await expect(closing.add(answer({ useful: true }))).rejects.toThrow();
      await expect(closing.all()).rejects.toThrow();
      // Another open sees everything (for PGlite: the lock was released on close).
      store = await open();
      expect((await current().all()).some((row) => row.page === "/test-roles/a")).toBe(true);
    });
  });
}
