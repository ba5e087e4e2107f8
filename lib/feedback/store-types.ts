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
  /** Adds every answer with its time in one transaction: all of them, or (when it fails) none. Returns how many. */
  addAll(answers: ReadonlyArray<Answer & { createdAt: Date }>): Promise<number>;
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
  /** Resolves when the database answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
