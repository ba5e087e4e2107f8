import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, varchar } from "drizzle-orm/pg-core";

/**
 * The feedback store's tables, for both stores (PGlite and a PostgreSQL server). A change here needs a new
 * migration: `npm run db:generate` writes it to lib/feedback/migrations, and every process applies it on start.
 *
 * One row per answer. Nothing identifies the reader: no IP address, no user agent, no cookie. Problem texts have
 * personal details removed before they get here (lib/feedback/redact.ts).
 */
export const feedback = pgTable(
  "feedback",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** The path of the content page the answer is about, e.g. `/roles/clinical-coder`. */
    page: text("page").notNull(),
    /** "Is this page useful?": true or false; null for a problem report. */
    useful: boolean("useful"),
    /** "What were you doing?" of a problem report; null for a yes/no answer. */
    whatDoing: text("what_doing"),
    /** "What went wrong?" of a problem report; null for a yes/no answer. */
    whatWrong: text("what_wrong"),
    /** Whether the answer was sent by the page's script (true) or by the plain HTML form (false). */
    javascript: boolean("javascript").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    index("feedback_page_created_at_idx").on(table.page, table.createdAt),
    index("feedback_created_at_idx").on(table.createdAt),
    // Either a yes/no answer or a problem report with at least one text, never both, never neither.
    check(
      "feedback_answer_kind",
      sql`(${table.useful} is not null) <> (${table.whatDoing} is not null or ${table.whatWrong} is not null)`,
    ),
  ],
);

/**
 * Per-client counters of rate-limiter-flexible's RateLimiterPostgres (used when several processes share a
 * PostgreSQL server), in the shape that library expects. The key is a hash of the client's address, kept for a
 * minute; expired rows are deleted by the library.
 */
export const rateLimits = pgTable("feedback_rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});

/**
 * Searches that found nothing (lib/feedback/search-misses.ts): how many times a query was searched on a day (UTC),
 * one row per query and day. The query is normalised and has personal details removed before it gets here
 * (lib/feedback/search-miss-query.ts). Nothing about the reader: no address, no cookie, no time of day. The key
 * starts with the day, so the day's count of queries (the daily cap), the last 30 days (the inbox) and the
 * retention purge (day before the cutoff) all read one end of the primary key's index.
 */
export const searchMisses = pgTable(
  "search_misses",
  {
    day: date("day", { mode: "string" }).notNull(),
    query: text("query").notNull(),
    count: integer("count").notNull().default(1),
  },
  (table) => [
    primaryKey({ name: "search_misses_pkey", columns: [table.day, table.query] }),
    check("search_misses_query_length", sql`char_length(${table.query}) between 1 and 100`),
    check("search_misses_count_positive", sql`${table.count} > 0`),
  ],
);

export type FeedbackRow = typeof feedback.$inferSelect;
export type NewFeedbackRow = typeof feedback.$inferInsert;
