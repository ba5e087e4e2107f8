import path from "node:path";
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { feedback } from "./schema";
import { addSearchMissDays, searchMissQueries } from "./store-search-misses";
import type { FeedbackStore, StoredAnswer } from "./store-types";

/** The queries both stores share (lib/feedback/store.ts): Drizzle's PGlite and node-postgres databases are the same PgDatabase. */

export type Queries = Pick<
  FeedbackStore,
  | "add"
  | "addAll"
  | "all"
  | "usefulCounts"
  | "problemCounts"
  | "problemReports"
  | "deleteOlderThan"
  | "countSearchMiss"
  | "searchMisses"
  | "searchMissDays"
  | "deleteSearchMissesThrough"
>;

/** The migrations folder. Read at run time from the project (or standalone) folder, which the build traces in. */
export function migrationsFolder(): string {
  return path.join(process.cwd(), "lib", "feedback", "migrations");
}

/** Rows per insert statement in addAll: 6 parameters each, far below PostgreSQL's 65,535 per statement. */
export const ROWS_PER_INSERT = 500;

function rowToAnswer(row: typeof feedback.$inferSelect): StoredAnswer {
  return {
    id: row.id,
    page: row.page,
    useful: row.useful,
    whatDoing: row.whatDoing,
    whatWrong: row.whatWrong,
    javascript: row.javascript,
    createdAt: row.createdAt,
  };
}

export function queries(db: PgDatabase<PgQueryResultHKT>): Queries {
  return {
    async add(answer, createdAt) {
      await db.insert(feedback).values({ ...answer, ...(createdAt ? { createdAt } : {}) });
    },
    async addAll(answers, searchMissDays = []) {
      await db.transaction(async (tx) => {
        for (let start = 0; start < answers.length; start += ROWS_PER_INSERT) {
          const rows = answers.slice(start, start + ROWS_PER_INSERT).map(({ page, useful, whatDoing, whatWrong, javascript, createdAt }) => ({
            page,
            useful,
            whatDoing,
            whatWrong,
            javascript,
            createdAt,
          }));
          await tx.insert(feedback).values(rows);
        }
        for (let start = 0; start < searchMissDays.length; start += ROWS_PER_INSERT) {
          await addSearchMissDays(tx, searchMissDays.slice(start, start + ROWS_PER_INSERT));
        }
      });
      return answers.length;
    },
    async all() {
      return (await db.select().from(feedback).orderBy(asc(feedback.createdAt), asc(feedback.id))).map(rowToAnswer);
    },
    async usefulCounts(since) {
      return db
        .select({
          page: feedback.page,
          yes: sql<number>`count(*) filter (where ${feedback.useful})`.mapWith(Number),
          no: sql<number>`count(*) filter (where not ${feedback.useful})`.mapWith(Number),
        })
        .from(feedback)
        .where(and(isNotNull(feedback.useful), since ? gte(feedback.createdAt, since) : undefined))
        .groupBy(feedback.page)
        .orderBy(asc(feedback.page));
    },
    async problemCounts(since) {
      return db
        .select({ page: feedback.page, count: sql<number>`count(*)`.mapWith(Number) })
        .from(feedback)
        .where(and(isNull(feedback.useful), since ? gte(feedback.createdAt, since) : undefined))
        .groupBy(feedback.page)
        .orderBy(asc(feedback.page));
    },
    async problemReports({ page, limit }) {
      const rows = await db
        .select()
        .from(feedback)
        .where(and(isNull(feedback.useful), page ? eq(feedback.page, page) : undefined))
        .orderBy(desc(feedback.createdAt), desc(feedback.id))
        .limit(limit);
      return rows.map(rowToAnswer);
    },
    async deleteOlderThan(before) {
      const deleted = await db.delete(feedback).where(lt(feedback.createdAt, before)).returning({ id: feedback.id });
      return deleted.length;
    },
    ...searchMissQueries(db),
  };
}

/** The same queries, each run only once `check` passes (it throws to refuse). */
export function guarded(inner: Queries, check: () => void): Queries {
  const wrap =
    <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      check();
      return query(...args);
    };
  return {
    add: wrap(inner.add),
    addAll: wrap(inner.addAll),
    all: wrap(inner.all),
    usefulCounts: wrap(inner.usefulCounts),
    problemCounts: wrap(inner.problemCounts),
    problemReports: wrap(inner.problemReports),
    deleteOlderThan: wrap(inner.deleteOlderThan),
    countSearchMiss: wrap(inner.countSearchMiss),
    searchMisses: wrap(inner.searchMisses),
    searchMissDays: wrap(inner.searchMissDays),
    deleteSearchMissesThrough: wrap(inner.deleteSearchMissesThrough),
  };
}
