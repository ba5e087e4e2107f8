import { describe, expect, inject, it } from "vitest";
import { openStore, type FeedbackStore } from "@/lib/feedback/store";
import { answer, createDatabase, describeError, MIGRATIONS, queryPostgres } from "./store-support";

/** The PostgreSQL store opened by several processes at once, and a database it cannot reach. */

const databaseUrl = inject("databaseUrl");

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
      expect(tables.map((row) => row.table_name)).toEqual(["feedback", "feedback_rate_limits", "search_misses"]);
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
