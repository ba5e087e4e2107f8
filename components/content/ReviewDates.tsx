import { Fragment } from "react";
import { formatDate } from "@/lib/content";
import styles from "./ReviewDates.module.css";

/**
 * When the page's words last changed ("Last updated", GOV.UK's convention: the newest change note's date), and when
 * its facts were last checked and will be next (the NHS website's convention), so readers can tell the information is
 * current. Each date is given as YYYY-MM-DD; the lines with no date are left out (a notice that is not reviewed on a
 * schedule says only when it last changed, as "Page last updated" with `updatedLabel`).
 */
export function ReviewDates({
  lastUpdated,
  lastReviewed,
  nextReviewDue,
  updatedLabel = "Last updated",
}: {
  lastUpdated?: string;
  lastReviewed?: string;
  nextReviewDue?: string;
  updatedLabel?: string;
}) {
  const lines = [
    { label: updatedLabel, day: lastUpdated },
    { label: "Page last reviewed", day: lastReviewed },
    { label: "Next review due", day: nextReviewDue },
  ].filter((line): line is { label: string; day: string } => Boolean(line.day));
  return (
    <div className={styles.dates} data-testid="review-dates">
      <p>
        {lines.map((line, index) => (
          <Fragment key={line.label}>
            {index > 0 ? (
              <>
                {" "}
                <br />
              </>
            ) : null}
            {`${line.label}: `}
            <time dateTime={line.day}>{formatDate(line.day)}</time>.
          </Fragment>
        ))}
      </p>
    </div>
  );
}
