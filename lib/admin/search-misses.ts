import { toCsv, type FeedbackStore, type SearchMissCount } from "../feedback";
import { markdownText } from "./markdown";
import { RECENT_DAYS, recentSince } from "./recent";

/**
 * "Searches with no results" in the editors' inbox (/admin/feedback), its CSV (/admin/search-misses.csv) and the
 * markdown report: what readers searched for and did not find, counted per query and day by the search page
 * (lib/feedback/search-misses.ts). The most searched in the last 30 days first.
 */

/** The window of the inbox's count, the inbox's own (RECENT_DAYS): counted by day, today and the 29 days before it (UTC). */
export const SEARCH_MISS_DAYS = RECENT_DAYS;
/** The most queries the inbox lists; the CSV has them all. */
export const SEARCH_MISS_LIMIT = 100;

export interface SearchMissList {
  rows: SearchMissCount[];
  /** Whether there were more queries in the window than the list holds. */
  more: boolean;
}

/** The first day (UTC, YYYY-MM-DD) of the last `days` days, today being the last. */
export function searchMissSince(now: Date, days = SEARCH_MISS_DAYS): string {
  return recentSince(now, days - 1).toISOString().slice(0, 10);
}

/** The queries searched in the last 30 days, the most searched first, at most `limit`. */
export async function readSearchMisses(
  store: Pick<FeedbackStore, "searchMisses">,
  options: { now?: Date; limit?: number } = {},
): Promise<SearchMissList> {
  const limit = options.limit ?? SEARCH_MISS_LIMIT;
  const since = searchMissSince(options.now ?? new Date());
  const rows = await store.searchMisses({ since, limit: limit + 1, recentOnly: true });
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** Every query kept, for a spreadsheet: the most searched in the last 30 days first. */
export async function searchMissesCsv(store: Pick<FeedbackStore, "searchMisses">, now: Date = new Date()): Promise<string> {
  const rows = await store.searchMisses({ since: searchMissSince(now) });
  return toCsv(
    ["query", `searches in the last ${SEARCH_MISS_DAYS} days`, "searches on every day kept", "first seen", "last seen"],
    rows.map((row) => [row.query, row.recent, row.total, row.firstSeen, row.lastSeen]),
  );
}

/**
 * "29 Nov 2026", from a day (YYYY-MM-DD) as the store gives it: months abbreviated, as GOV.UK's style allows in
 * tables, so two dates and a query fit side by side on a phone.
 */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** The report's section (`npm run feedback:report`): the most searched queries that found nothing, at most `limit`. */
export function searchMissesMarkdown(list: SearchMissList, limit = 20): string {
  const lines = [`### Searches with no results, last ${SEARCH_MISS_DAYS} days`, ""];
  if (list.rows.length === 0) return `${[...lines, `No searches without results in the last ${SEARCH_MISS_DAYS} days.`].join("\n")}\n`;
  lines.push("| Query | Searches | First seen | Last seen |", "| --- | ---: | --- | --- |");
  for (const row of list.rows.slice(0, limit)) {
    lines.push(`| ${markdownText(row.query)} | ${row.recent} | ${row.firstSeen} | ${row.lastSeen} |`);
  }
  return `${lines.join("\n")}\n`;
}
