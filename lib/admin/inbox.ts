import { PROBLEM_LABELS, type FeedbackStore, type PageCounts, type StoredAnswer, type ContentPage } from "../feedback";

import { markdownText } from "./markdown";
import { RECENT_DAYS, recentSince } from "./recent";
import { readSearchMisses, type SearchMissList } from "./search-misses";

export type { ContentPage } from "../feedback";

/**
 * What the editors' inbox (/admin/feedback) and `npm run feedback:report` show, as plain data: per content page,
 * Yes and No for the last 30 days and for all time, sorted so the pages that most need attention come first,
 * and the problem reports, newest first. Pure functions over the store's counts, so they are unit tested alone.
 */

/** The most problem reports listed at once (newest first); the CSV has them all. */
export const REPORT_LIMIT = 200;

export interface Tally {
  yes: number;
  no: number;
  /** Yes as a share of Yes and No, 0 to 1; null when nobody answered. */
  share: number | null;
}

export interface PageSummary extends ContentPage {
  recent: Tally;
  allTime: Tally;
  /** Problem reports in the last RECENT_DAYS days. */
  recentProblems: number;
  allProblems: number;
}

const tally = (counts: PageCounts | undefined): Tally => {
  const yes = counts?.yes ?? 0;
  const no = counts?.no ?? 0;
  return { yes, no, share: yes + no === 0 ? null : yes / (yes + no) };
};

/**
 * One row per content page (pages nobody answered about included, so an editor sees them all), sorted by need:
 * most No answers and problem reports in the last 30 days first, then the lowest share of Yes in that time,
 * then the most No answers of all time, then by title.
 */
export function summarisePages(
  pages: readonly ContentPage[],
  counts: { recent: PageCounts[]; allTime: PageCounts[]; recentProblems: Array<{ page: string; count: number }>; allProblems: Array<{ page: string; count: number }> },
): PageSummary[] {
  const byPage = <T extends { page: string }>(rows: T[]) => new Map(rows.map((row) => [row.page, row]));
  const recent = byPage(counts.recent);
  const allTime = byPage(counts.allTime);
  const recentProblems = byPage(counts.recentProblems);
  const allProblems = byPage(counts.allProblems);
  const rows = pages.map((page) => ({
    ...page,
    recent: tally(recent.get(page.path)),
    allTime: tally(allTime.get(page.path)),
    recentProblems: recentProblems.get(page.path)?.count ?? 0,
    allProblems: allProblems.get(page.path)?.count ?? 0,
  }));
  const need = (row: PageSummary) => row.recent.no + row.recentProblems;
  const share = (value: number | null) => (value === null ? 2 : value);
  return rows.sort(
    (a, b) =>
      need(b) - need(a) ||
      share(a.recent.share) - share(b.recent.share) ||
      b.allTime.no + b.allProblems - (a.allTime.no + a.allProblems) ||
      a.title.localeCompare(b.title, "en-GB"),
  );
}

/** Everything the inbox shows, read from the store in one go. */
export async function readInbox(
  store: FeedbackStore,
  pages: readonly ContentPage[],
  options: { now?: Date; page?: string; limit?: number } = {},
): Promise<{ summary: PageSummary[]; reports: StoredAnswer[]; searchMisses: SearchMissList }> {
  const now = options.now ?? new Date();
  const since = recentSince(now);
  const [recent, allTime, recentProblems, allProblems, reports, searchMisses] = await Promise.all([
    store.usefulCounts(since),
    store.usefulCounts(),
    store.problemCounts(since),
    store.problemCounts(),
    store.problemReports({ page: options.page, limit: options.limit ?? REPORT_LIMIT }),
    readSearchMisses(store, { now }),
  ]);
  return { summary: summarisePages(pages, { recent, allTime, recentProblems, allProblems }), reports, searchMisses };
}

/** "3 of 4 said Yes (75%)", or "No answers". */
export function describeTally({ yes, no, share }: Tally): string {
  if (share === null) return "No answers";
  return `${yes.toLocaleString("en-GB")} of ${(yes + no).toLocaleString("en-GB")} said Yes (${Math.round(share * 100)}%)`;
}

/** 29 November 2026, 23:41 (UTC), as the inbox and the report write times. */
export function formatTime(date: Date): string {
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}

/** A link to a page's content file in the repository, when CONTENT_REPOSITORY_URL is set (e.g. …/blob/main). */
export function contentFileUrl(file: string, env: Record<string, string | undefined> = process.env): string | null {
  const base = env.CONTENT_REPOSITORY_URL?.trim();
  if (!base || !/^https?:\/\//.test(base)) return null;
  return `${base.replace(/\/+$/, "")}/${file.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The summary `npm run feedback:report` prints, to paste into an issue or a pull request: per page the share of
 * Yes and the number of answers, then each page's newest problems (at most `perPage`).
 */
export function feedbackReportMarkdown(
  summary: readonly PageSummary[],
  reports: readonly StoredAnswer[],
  options: { now: Date; perPage?: number; siteUrl?: string },
): string {
  const perPage = options.perPage ?? 3;
  const link = (row: PageSummary) => (options.siteUrl ? `[${markdownText(row.title)}](${options.siteUrl.replace(/\/+$/, "")}${row.path})` : markdownText(row.title));
  const lines = [
    `## Readers' feedback, ${formatTime(options.now)}`,
    "",
    `Pages that most need attention first: most No answers and problem reports in the last ${RECENT_DAYS} days.`,
    "",
    `| Page | Last ${RECENT_DAYS} days | All time | Problem reports (${RECENT_DAYS} days / all) |`,
    "| --- | --- | --- | ---: |",
    ...summary.map(
      (row) => `| ${link(row)} (\`${row.path}\`) | ${describeTally(row.recent)} | ${describeTally(row.allTime)} | ${row.recentProblems} / ${row.allProblems} |`,
    ),
  ];
  const withReports = summary.filter((row) => reports.some((report) => report.page === row.path));
  lines.push("", "### Newest problems", "");
  if (withReports.length === 0) lines.push("No problem reports.");
  for (const row of withReports) {
    lines.push(`#### ${markdownText(row.title)} (\`${row.path}\`)`, "");
    for (const report of reports.filter((each) => each.page === row.path).slice(0, perPage)) {
      lines.push(`- ${formatTime(report.createdAt)}`);
      if (report.whatDoing) lines.push(`  - ${PROBLEM_LABELS.whatDoing} ${markdownText(report.whatDoing)}`);
      if (report.whatWrong) lines.push(`  - ${PROBLEM_LABELS.whatWrong} ${markdownText(report.whatWrong)}`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
