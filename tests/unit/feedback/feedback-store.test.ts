import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { StoreLockedError } from "@/lib/feedback/lock";
import { openStore, redactUrl, storeConfigFromEnv, type Answer, type FeedbackStore, type StoreConfig } from "@/lib/feedback/store";

const databaseUrl = inject("databaseUrl");
const MIGRATIONS = (
  JSON.parse(fs.readFileSync(path.resolve("lib/feedback/migrations/meta/_journal.json"), "utf8")) as { entries: unknown[] }
).entries.length;

/** Opening a fresh PGlite folder takes seconds (it runs initdb in WebAssembly). */
const SLOW_OPEN_MS = 60_000;

const answer = (fields: Partial<Answer>): Answer => ({
  page: "/test-page",
  useful: null,
  whatDoing: null,
  whatWrong: null,
  javascript: false,
  ...fields,
});

/** The error's message with its causes' (drizzle wraps the database's error). */
function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) parts.push(current.message);
  return parts.join(" / ");
}

/** A brand-new database on the test server, dropped by drop(). */
async function createDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `careers_mig_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function queryPostgres<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

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
  describe.skipIf(skip)(`the ${kind} feedback store`, () => {
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

describe.skipIf(!databaseUrl)("opening the PostgreSQL store from several processes at once", () => {
  it("applies the migrations once when four processes start together on an empty database", { timeout: 30_000 }, async () => {
    const database = await createDatabase(databaseUrl);
    const stores: FeedbackStore[] = [];
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 4 }, () => openStore({ kind: "postgres", url: database.url, poolSize: 2 })),
      );
      for (const result of results) if (result.status === "fulfilled") stores.push(result.value);
      expect(results.map((result) => (result.status === "rejected" ? describeError(result.reason) : "opened"))).toEqual(
        Array.from({ length: 4 }, () => "opened"),
      );
      await Promise.all(stores.map((store, index) => store.add(answer({ page: `/test-concurrent-${index}`, useful: true }))));
      expect((await stores[0]!.all()).length).toBe(4);
      await Promise.all(stores.splice(0).map((store) => store.close()));

      const tables = await queryPostgres<{ table_name: string }>(
        database.url,
        "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
      );
      expect(tables.map((row) => row.table_name)).toEqual(["feedback", "feedback_rate_limits"]);
      const applied = await queryPostgres<{ count: number }>(database.url, "select count(*)::int as count from drizzle.__drizzle_migrations");
      expect(applied[0]!.count).toBe(MIGRATIONS);
    } finally {
      await Promise.all(stores.map((store) => store.close().catch(() => {})));
      await database.drop();
    }
  });

  it("refuses to open a database that cannot be reached, naming it without its password", { timeout: 15_000 }, async () => {
    const url = new URL(databaseUrl);
    url.username = "nobody";
    url.password = "s3cret-pw";
    url.pathname = "/careers_does_not_exist";
    const error = await openStore({ kind: "postgres", url: url.href, poolSize: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Could not open the feedback store at /);
    expect((error as Error).message).not.toContain("s3cret-pw");
  });
});

describe("choosing the store from the environment", () => {
  it("uses PostgreSQL when DATABASE_URL is set, even with DATA_DIR", () => {
    expect(storeConfigFromEnv({ DATABASE_URL: " postgres://careers:pw@db:5432/careers ", DATA_DIR: "/srv/data" })).toEqual({
      kind: "postgres",
      url: "postgres://careers:pw@db:5432/careers",
      poolSize: 10,
    });
  });

  it("accepts the postgresql:// scheme too", () => {
    expect(storeConfigFromEnv({ DATABASE_URL: "postgresql://db/careers" })).toMatchObject({ kind: "postgres" });
  });

  it.each([
    ["mysql://careers:s3cret-pw@db/careers"],
    ["careers:s3cret-pw@db.example:5432/careers"],
    ["http://careers:s3cret-pw@db/careers"],
    ["host=db user=careers password=s3cret-pw"],
  ])("refuses DATABASE_URL=%j with a message naming DATABASE_URL that does not show the password", (url) => {
    let message = "";
    try {
      storeConfigFromEnv({ DATABASE_URL: url });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^DATABASE_URL: /);
    expect(message).not.toContain("s3cret-pw");
  });

  it.each<[Record<string, string | undefined>, string]>([
    [{}, path.resolve("data")],
    [{ DATA_DIR: "" }, path.resolve("data")],
    [{ DATA_DIR: "   " }, path.resolve("data")],
    [{ DATABASE_URL: "  " }, path.resolve("data")],
    [{ DATA_DIR: "var/feedback" }, path.resolve("var/feedback")],
    [{ DATA_DIR: " /srv/careers/data " }, "/srv/careers/data"],
  ])("uses the embedded store in an absolute folder for %j", (env, dataDir) => {
    const config = storeConfigFromEnv(env);
    expect(config).toEqual({ kind: "embedded", dataDir });
    expect(path.isAbsolute(dataDir)).toBe(true);
  });

  it.each<[string | undefined, number]>([
    [undefined, 10],
    ["", 10],
    ["1", 1],
    ["25", 25],
    [" 5 ", 5],
  ])("reads DATABASE_POOL_SIZE=%j as %d", (value, poolSize) => {
    expect(storeConfigFromEnv({ DATABASE_URL: "postgres://db/careers", DATABASE_POOL_SIZE: value })).toMatchObject({ poolSize });
  });

  it.each(["0", "-1", "1.5", "abc", "Infinity"])("refuses DATABASE_POOL_SIZE=%j, naming it", (value) => {
    expect(() => storeConfigFromEnv({ DATABASE_URL: "postgres://db/careers", DATABASE_POOL_SIZE: value })).toThrow(/^DATABASE_POOL_SIZE: .*1 or more/);
  });

  it("ignores DATABASE_POOL_SIZE for the embedded store", () => {
    expect(storeConfigFromEnv({ DATABASE_POOL_SIZE: "abc" })).toMatchObject({ kind: "embedded" });
  });
});

describe("showing a database address in messages", () => {
  it.each<[string, string]>([
    ["postgres://careers:s3cret-pw@db.example:5432/careers", "postgres://careers:****@db.example:5432/careers"],
    ["postgres://:s3cret-pw@db/careers", "postgres://:****@db/careers"],
    ["postgres://careers@db/careers", "postgres://careers@db/careers"],
    ["postgres://db/careers?sslmode=require", "postgres://db/careers?sslmode=require"],
    ["postgres://db/careers?sslmode=require&password=s3cret-pw", "postgres://db/careers?sslmode=require&password=****"],
    ["postgres://careers:p%40ss%3Aword@db/careers", "postgres://careers:****@db/careers"],
    ["careers:s3cret-pw@db.example:5432/careers", "(an address that could not be read)"],
    ["not an address", "(an address that could not be read)"],
    ["", "(an address that could not be read)"],
  ])("shows %j as %j", (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});
