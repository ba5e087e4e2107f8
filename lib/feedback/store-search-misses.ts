import { asc, desc, lte, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { searchMisses } from "./schema";
import type { FeedbackStore, SearchMissDay } from "./store-types";

/** Adds daily counts (npm run feedback:copy, inside addAll's transaction): a day and query the table has adds up. */
export async function addSearchMissDays(db: PgDatabase<PgQueryResultHKT>, rows: readonly SearchMissDay[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(searchMisses)
    .values(rows.map(({ day, query, count }) => ({ day, query, count })))
    .onConflictDoUpdate({ target: [searchMisses.day, searchMisses.query], set: { count: sql`${searchMisses.count} + excluded.count` } });
}

/** The search-miss queries both stores share (lib/feedback/store-queries.ts), on the table in lib/feedback/schema.ts. */
export function searchMissQueries(
  db: PgDatabase<PgQueryResultHKT>,
): Pick<FeedbackStore, "countSearchMiss" | "searchMisses" | "searchMissDays" | "deleteSearchMissesThrough"> {
  return {
    async countSearchMiss(query, day, dailyCap) {
      // Inserts the day's first search for the query only while the day has fewer than dailyCap queries (or adds
      // one to the count it has). Two processes adding new queries at the very same moment may each see the day
      // one short of the cap, so the cap can be passed by the number of such writes under way at that moment.
      const result = await db.execute(sql`
        insert into ${searchMisses} (day, query, count)
        select ${day}::date, ${query}::text, 1
        where exists (select 1 from ${searchMisses} where day = ${day}::date and query = ${query}::text)
          or (select count(*) from ${searchMisses} where day = ${day}::date) < ${dailyCap}::int
        on conflict (day, query) do update set count = ${searchMisses}.count + 1
        returning count`);
      return (result as unknown as { rows: unknown[] }).rows.length > 0;
    },
    async searchMisses({ since, limit, recentOnly }) {
      const recent = sql<number>`coalesce(sum(${searchMisses.count}) filter (where ${searchMisses.day} >= ${since}::date), 0)`;
      const lastSeen = sql<string>`to_char(max(${searchMisses.day}), 'YYYY-MM-DD')`;
      const query = db
        .select({
          query: searchMisses.query,
          recent: recent.mapWith(Number),
          total: sql<number>`sum(${searchMisses.count})`.mapWith(Number),
          firstSeen: sql<string>`to_char(min(${searchMisses.day}), 'YYYY-MM-DD')`,
          lastSeen,
        })
        .from(searchMisses)
        .groupBy(searchMisses.query)
        .having(recentOnly ? sql`${recent} > 0` : undefined)
        .orderBy(desc(recent), desc(lastSeen), asc(searchMisses.query));
      return limit === undefined ? query : query.limit(limit);
    },
    async searchMissDays() {
      return db
        .select({ day: searchMisses.day, query: searchMisses.query, count: searchMisses.count })
        .from(searchMisses)
        .orderBy(asc(searchMisses.day), asc(searchMisses.query));
    },
    async deleteSearchMissesThrough(day) {
      const deleted = await db.delete(searchMisses).where(lte(searchMisses.day, day)).returning({ day: searchMisses.day });
      return deleted.length;
    },
  };
}
