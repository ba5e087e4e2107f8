import {
  contentFileUrl,
  RECENT_DAYS,
  REPORT_LIMIT,
  SEARCH_MISS_DAYS,
  type ContentPage,
  type PageSummary,
  type SearchMissList,
} from "@/lib/admin";
import { USEFUL_QUESTION, type StoredAnswer } from "@/lib/feedback";
import { FeedbackSummaryTable } from "./FeedbackSummaryTable";
import { ProblemReportFilter } from "./ProblemReportFilter";
import { ProblemReportList } from "./ProblemReportList";
import { SEARCH_MISSES_HEADING, SearchMissTable } from "./SearchMissTable";

/**
 * The editors' inbox under its heading: the spreadsheet, Yes and No per page (the pages most in need first), the
 * searches with no results (the most searched first), and the problem reports, newest first, about every page or
 * the one `chosen`.
 */
export function FeedbackInbox({
  pages,
  chosen,
  summary,
  reports,
  searchMisses,
}: {
  pages: ContentPage[];
  chosen?: string;
  summary: PageSummary[];
  reports: StoredAnswer[];
  searchMisses: SearchMissList;
}) {
  const titles = Object.fromEntries(pages.map((each) => [each.path, each.title]));
  const fileUrls = Object.fromEntries(pages.map((each) => [each.path, contentFileUrl(each.file)]));
  return (
    <>
      <p>
        <a href="/admin/feedback.csv" download>
          Download every answer as a spreadsheet (CSV)
        </a>
      </p>

      <h2 id="useful-heading">{USEFUL_QUESTION}</h2>
      <p>
        Pages that most need attention come first: the most &ldquo;No&rdquo; answers and problem reports in the last {RECENT_DAYS}{" "}
        days, then the lowest share of &ldquo;Yes&rdquo;.
      </p>
      <FeedbackSummaryTable rows={summary} fileUrls={fileUrls} />

      <h2 id={SEARCH_MISSES_HEADING}>Searches with no results</h2>
      <p>
        What readers searched for on this site and found nothing, the most searched in the last {SEARCH_MISS_DAYS} days first:
        words the guide may need to use or explain. Personal details are removed before a search is kept, and a reader counts
        once a minute for each search.
      </p>
      <p>
        <a href="/admin/search-misses.csv" download>
          Download every search with no results as a spreadsheet (CSV)
        </a>
      </p>
      <SearchMissTable list={searchMisses} />

      <h2 id="problems-heading">Problem reports</h2>
      <ProblemReportFilter pages={pages} chosen={chosen} />
      <p>
        {chosen ? `Reports about ${titles[chosen]}` : "Reports about every page"}, newest first
        {reports.length === REPORT_LIMIT ? ` (the newest ${REPORT_LIMIT}; the spreadsheet has them all)` : ""}.
      </p>
      <ProblemReportList reports={reports} titles={titles} />
    </>
  );
}

/** What the inbox says instead when the feedback database does not answer. */
export function FeedbackInboxUnavailable() {
  return (
    <p>The feedback database is not answering, so there is nothing to show. Try again in a minute; if it goes on, tell whoever runs the site.</p>
  );
}
