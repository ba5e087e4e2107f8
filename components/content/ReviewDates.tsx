import { formatDate } from "@/lib/content";

/**
 * When the page's words last changed ("Last updated", GOV.UK's convention: the newest change note's date), and when
 * its facts were last checked and will be next (the NHS website's convention), so readers can tell the information is
 * current.
 */
export function ReviewDates({
  lastUpdated,
  lastReviewed,
  nextReviewDue,
}: {
  lastUpdated?: string;
  lastReviewed: string;
  nextReviewDue: string;
}) {
  return (
    <div className="review-dates">
      <p>
        {lastUpdated ? (
          <>
            Last updated: <time dateTime={lastUpdated}>{formatDate(lastUpdated)}</time>.{" "}
            <br />
          </>
        ) : null}
        Page last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>.{" "}
        <br />
        Next review due: <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>.
      </p>
    </div>
  );
}
