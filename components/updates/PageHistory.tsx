import type { PublicChange } from "@/lib/content";
import { formatDate } from "@/lib/content";
import { PAGE_HISTORY_FRAGMENT } from "@/lib/shared";
import { SectionLink } from "@/components/sharing";
import styles from "./PageHistory.module.css";

const HEADING = "All updates to this page";

/**
 * "All updates to this page": every change note of a role or industry page, newest first, each with its date
 * (GOV.UK's "full page history"), then a link to the page's Atom feed. The list prints with the handout; the feed
 * link and the section link do not.
 */
export function PageHistory({ changes, feedHref }: { changes: readonly PublicChange[]; feedHref: string }) {
  return (
    <section id={PAGE_HISTORY_FRAGMENT} aria-labelledby={`${PAGE_HISTORY_FRAGMENT}-heading`} className={styles.history}>
      <h2 id={`${PAGE_HISTORY_FRAGMENT}-heading`}>{HEADING}</h2>
      <SectionLink id={PAGE_HISTORY_FRAGMENT} heading={HEADING} />
      <ol className={styles.list} role="list">
        {changes.map((change, index) => (
          <li key={`${change.date}-${index}`} className={styles.item}>
            <time dateTime={change.date} className={styles.date}>
              {formatDate(change.date)}
            </time>
            <span>
              <span className="visually-hidden">: </span>
              {change.note}
            </span>
          </li>
        ))}
      </ol>
      <p className={styles.feed}>
        <a href={feedHref} type="application/atom+xml">
          Follow updates to this page in a feed reader
        </a>{" "}
        (Atom feed)
      </p>
    </section>
  );
}
