/**
 * The inbox's one window of "recent": the last 30 days, for the pages' answers and problem reports (lib/admin/inbox.ts)
 * and for the searches with no results (lib/admin/search-misses.ts).
 */
export const RECENT_DAYS = 30;

/** The moment `days` days before `now`. */
export function recentSince(now: Date, days = RECENT_DAYS): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}
