import type { Metadata } from "next";
import { FeedbackSummaryTable } from "@/components/admin";
import { PageHeading } from "@/components/site";
import { ProblemReportList } from "@/components/admin";
import { requireEditor } from "@/lib/admin";
import { contentFileUrl, readInbox, RECENT_DAYS, REPORT_LIMIT } from "@/lib/admin";
import { contentPages } from "@/lib/feedback";
import { getFeedbackStore } from "@/lib/feedback";
import styles from "@/components/admin/FeedbackInbox.module.css";

/**
 * The editors' inbox: readers' answers per content page and their problem reports. Private: proxy.ts asks for
 * the editors' password before any /admin request reaches this page, and the page checks again (requireEditor).
 * Rendered per request, never cached (README, "Editors' feedback inbox").
 */
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Feedback from readers",
  robots: { index: false, follow: false },
};

export default async function FeedbackInboxPage({ searchParams }: PageProps<"/admin/feedback">) {
  await requireEditor();
  const pages = contentPages();
  const { page } = await searchParams;
  const chosen = typeof page === "string" && pages.some((each) => each.path === page) ? page : undefined;
  const titles = Object.fromEntries(pages.map((each) => [each.path, each.title]));

  let inbox;
  try {
    inbox = await readInbox(await getFeedbackStore(), pages, { page: chosen });
  } catch {
    return (
      <>
        <PageHeading title="Feedback from readers" />
        <p>The feedback database is not answering, so there is nothing to show. Try again in a minute; if it goes on, tell whoever runs the site.</p>
      </>
    );
  }
  const fileUrls = Object.fromEntries(pages.map((each) => [each.path, contentFileUrl(each.file)]));

  return (
    <>
      <PageHeading
        title="Feedback from readers"
        lead="What readers said at the end of each role and industry page. Only the guide's editors can see this page."
      />
      <p>
        <a href="/admin/feedback.csv" download>
          Download every answer as a spreadsheet (CSV)
        </a>
      </p>

      <h2 id="useful-heading">Is this page useful?</h2>
      <p>
        Pages that most need attention come first: the most &ldquo;No&rdquo; answers and problem reports in the last {RECENT_DAYS}{" "}
        days, then the lowest share of &ldquo;Yes&rdquo;.
      </p>
      <FeedbackSummaryTable rows={inbox.summary} fileUrls={fileUrls} />

      <h2 id="problems-heading">Problem reports</h2>
      <form method="get" action="/admin/feedback" className={styles.filter} aria-labelledby="problems-heading">
        <div>
          <label htmlFor="filter-page">Show reports about</label>
          <select id="filter-page" name="page" defaultValue={chosen ?? ""}>
            <option value="">All pages</option>
            {pages.map((each) => (
              <option key={each.path} value={each.path}>
                {each.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`button ${styles.filterButton}`}>
          Show
        </button>
      </form>
      <p>
        {chosen ? `Reports about ${titles[chosen]}` : "Reports about every page"}, newest first
        {inbox.reports.length === REPORT_LIMIT ? ` (the newest ${REPORT_LIMIT}; the spreadsheet has them all)` : ""}.
      </p>
      <ProblemReportList reports={inbox.reports} titles={titles} />
    </>
  );
}
