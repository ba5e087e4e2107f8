import { contentFileUrl, RECENT_DAYS, REPORT_LIMIT, type ContentPage, type PageSummary } from "@/lib/admin";
import { USEFUL_QUESTION, type StoredAnswer } from "@/lib/feedback";
import { FeedbackSummaryTable } from "./FeedbackSummaryTable";
import { ProblemReportFilter } from "./ProblemReportFilter";
import { ProblemReportList } from "./ProblemReportList";

/**
 * The editors' inbox under its heading: the spreadsheet, Yes and No per page (the pages most in need first), and
 * the problem reports, newest first, about every page or the one `chosen`.
 */
export function FeedbackInbox({
  pages,
  chosen,
  summary,
  reports,
}: {
  pages: ContentPage[];
  chosen?: string;
  summary: PageSummary[];
  reports: StoredAnswer[];
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
