import { formatDate } from "@/lib/content/dates";

/** The NHS website's convention, so readers can tell the information is current. */
export function ReviewDates({ lastReviewed, nextReviewDue }: { lastReviewed: string; nextReviewDue: string }) {
  return (
    <div className="review-dates">
      <p>
        Page last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>.{" "}
        <br />
        Next review due: <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>.
      </p>
    </div>
  );
}
