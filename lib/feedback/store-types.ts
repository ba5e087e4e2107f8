import type pg from "pg";

/** The feedback store's types (lib/feedback/store.ts), apart so that the two stores' modules can share them. */

export interface Answer {
  /** The content page's path, e.g. `/roles/clinical-coder`. */
  page: string;
  /** Yes (true) or No (false) to "Is this page useful?"; null for a problem report. */
  useful: boolean | null;
  whatDoing: string | null;
  whatWrong: string | null;
  /** Sent by the page's script (true) or by the plain HTML form (false). */
  javascript: boolean;
}

export interface StoredAnswer extends Answer {
  id: number;
  createdAt: Date;
}

export interface PageCounts {
  page: string;
  yes: number;
  no: number;
}

/** One query readers searched for and found nothing (lib/feedback/search-misses.ts), summed over days. */
export interface SearchMissCount {
  /** The normalised query (lib/feedback/search-miss-query.ts). */
  query: string;
  /** Searches on the days since the `since` asked for (the last 30 days in the inbox). */
  recent: number;
  /** Searches on every day still kept. */
  total: number;
  /** The first and the last day (UTC, YYYY-MM-DD) it was counted, of the days still kept. */
  firstSeen: string;
  lastSeen: string;
}

/** One row of the search-miss table: a query's count on one day (UTC, YYYY-MM-DD). */
export interface SearchMissDay {
  day: string;
  query: string;
  count: number;
}

export type StoreConfig =
  | { kind: "embedded"; dataDir: string }
  | { kind: "postgres"; url: string; poolSize: number };

export interface FeedbackStore {
  readonly config: StoreConfig;
  /** Where the answers are, for messages: a folder or a server (never the password). */
  readonly description: string;
  /** The pg pool, for the rate limiter's shared counters; absent for the embedded store. */
  readonly pool?: pg.Pool;
  add(answer: Answer, createdAt?: Date): Promise<void>;
  /**
   * Adds every answer with its time, and every daily count of searches with no results (added to a count the store
   * has for that day and query), in one transaction: all of them, or (when it fails) none. Returns how many answers.
   */
  addAll(answers: ReadonlyArray<Answer & { createdAt: Date }>, searchMissDays?: readonly SearchMissDay[]): Promise<number>;
  /** Every answer, oldest first. */
  all(): Promise<StoredAnswer[]>;
  /** Yes and No counts per page, for answers since `since` (all time when absent). */
  usefulCounts(since?: Date): Promise<PageCounts[]>;
  /** Problem reports per page, since `since` (all time when absent). */
  problemCounts(since?: Date): Promise<Array<{ page: string; count: number }>>;
  /** Problem reports, newest first, of one page or all, at most `limit`. */
  problemReports(options: { page?: string; limit: number }): Promise<StoredAnswer[]>;
  /** Deletes answers older than `before`; returns how many. */
  deleteOlderThan(before: Date): Promise<number>;
  /**
   * Counts one search with no results for `query` on `day` (UTC, YYYY-MM-DD). A query already counted that day
   * always counts; a new one only while fewer than `dailyCap` queries have been counted that day. Resolves to
   * whether it was counted. One statement (an upsert), so processes sharing PostgreSQL count correctly.
   */
  countSearchMiss(query: string, day: string, dailyCap: number): Promise<boolean>;
  /**
   * Per query: its searches since `since` (a day, YYYY-MM-DD) and on every day kept, and its first and last day;
   * the most searched since `since` first (then the most recent, then A to Z), at most `limit`. With `recentOnly`,
   * only queries searched since `since`.
   */
  searchMisses(options: { since: string; limit?: number; recentOnly?: boolean }): Promise<SearchMissCount[]>;
  /** Every daily count of searches with no results, oldest day first, then A to Z (for npm run feedback:copy). */
  searchMissDays(): Promise<SearchMissDay[]>;
  /** Deletes the searches counted on `day` and before (YYYY-MM-DD); returns how many daily counts it deleted. */
  deleteSearchMissesThrough(day: string): Promise<number>;
  /** Resolves when the database answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
