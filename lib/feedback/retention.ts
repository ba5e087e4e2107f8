import type { FeedbackStore } from "./store";

/**
 * How long readers' answers, and the counts of searches with no results, are kept: FEEDBACK_RETENTION_DAYS
 * (default 365) days, after which they are deleted.
 * The running site deletes them on start and once a day (lib/feedback/start.ts), and `npm run feedback:purge`
 * does it on demand (lib/feedback/purge.ts). The privacy notice (app/privacy/page.tsx) states the same number,
 * read when the site is built.
 *
 * Only types are imported here, so the privacy page can read the setting without bundling the database clients.
 */
export const DEFAULT_RETENTION_DAYS = 365;

/** A hundred years: the most that keeps the cutoff a real date whatever the clock says. */
export const MAX_RETENTION_DAYS = 36_500;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The retention period in days, from FEEDBACK_RETENTION_DAYS: a whole number from 1 to 36500; unset or empty gives 365. */
export function retentionDaysFromEnv(env: Record<string, string | undefined> = process.env): number {
  const value = env.FEEDBACK_RETENTION_DAYS?.trim();
  if (value === undefined || value === "") return DEFAULT_RETENTION_DAYS;
  const days = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new Error(
      `FEEDBACK_RETENTION_DAYS: expected a whole number of days from 1 to ${MAX_RETENTION_DAYS}, got "${value}". ` +
        `Set it to a number such as ${DEFAULT_RETENTION_DAYS}, or remove it to keep answers for ${DEFAULT_RETENTION_DAYS} days.`,
    );
  }
  return days;
}

/** The moment `days` whole days (of 24 hours) before `now`: answers stored before it are deleted. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * The last day (UTC, YYYY-MM-DD) whose counts of searches with no results are deleted: the day the cutoff falls
 * on. A day's count goes as soon as any part of that day is older than the period: up to a day early, never late.
 */
export function searchMissCutoffDay(now: Date, days: number): string {
  return retentionCutoff(now, days).toISOString().slice(0, 10);
}

/** Deletes the counts of searches with no results older than `days` days; returns how many daily counts went. */
export async function purgeOldSearchMisses(
  store: Pick<FeedbackStore, "deleteSearchMissesThrough">,
  now: Date = new Date(),
  days: number = retentionDaysFromEnv(),
): Promise<number> {
  return store.deleteSearchMissesThrough(searchMissCutoffDay(now, days));
}

/** Deletes every answer stored more than `days` days before `now`; returns how many were deleted. */
export async function purgeOldAnswers(
  store: Pick<FeedbackStore, "deleteOlderThan">,
  now: Date = new Date(),
  days: number = retentionDaysFromEnv(),
): Promise<number> {
  return store.deleteOlderThan(retentionCutoff(now, days));
}
