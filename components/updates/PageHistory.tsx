import type { Change } from "@/lib/content";
import { formatDate } from "@/lib/content";
import { PAGE_HISTORY_FRAGMENT } from "@/lib/shared";
import { SectionLink } from "@/components/sharing";

const HEADING = "All updates to this page";

/**
 * "All updates to this page": every change note of a role or industry page, newest first, each with its date
 * (GOV.UK's "full page history"), then a link to the page's Atom feed. The list prints with the handout; the feed
 * link and the section link do not.
 */
export function PageHistory({ changes, feedHref }: { changes: readonly Change[]; feedHref: string }) {
  return (
    <section id={PAGE_HISTORY_FRAGMENT} aria-labelledby={`${PAGE_HISTORY_FRAGMENT}-heading`} className="page-history">
      <h2 id={`${PAGE_HISTORY_FRAGMENT}-heading`}>{HEADING}</h2>
      <SectionLink id={PAGE_HISTORY_FRAGMENT} heading={HEADING} />
      <ol className="page-history__list" role="list">
        {changes.map((change, index) => (
          <li key={`${change.date}-${index}`} className="page-history__item">
            <time dateTime={change.date} className="page-history__date">
              {formatDate(change.date)}
            </time>
            <span className="page-history__note">
              <span className="visually-hidden">: </span>
              {change.note}
            </span>
          </li>
        ))}
      </ol>
      <p className="page-history__feed">
        <a href={feedHref} type="application/atom+xml">
          Follow updates to this page in a feed reader
        </a>{" "}
        (Atom feed)
      </p>
    </section>
  );
}
