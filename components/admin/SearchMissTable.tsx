import { formatDay, SEARCH_MISS_DAYS, SEARCH_MISS_LIMIT, type SearchMissList } from "@/lib/admin";
import styles from "./FeedbackInbox.module.css";

/** The id of the section's heading (FeedbackInbox), which names the table's scrolling region. */
export const SEARCH_MISSES_HEADING = "search-misses-heading";

/**
 * The inbox's "Searches with no results": per query, its searches in the last 30 days and the first and last day it
 * was seen, the most searched first. A query is shown as text, never as a link: an editor following it would
 * search, and count, it again.
 */
export function SearchMissTable({ list }: { list: SearchMissList }) {
  if (list.rows.length === 0) {
    return <p className={styles.empty}>No searches without results in the last {SEARCH_MISS_DAYS} days.</p>;
  }
  return (
    <>
      <div className={styles.tableWrap} role="region" aria-labelledby={SEARCH_MISSES_HEADING} tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">
            Searches with no results, the most searched in the last {SEARCH_MISS_DAYS} days first
          </caption>
          <thead>
            <tr>
              <th scope="col">Query</th>
              <th scope="col" className={styles.number}>
                Searches in the last {SEARCH_MISS_DAYS} days
              </th>
              <th scope="col">First seen</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.query}>
                <th scope="row" className={styles.query}>
                  {row.query}
                </th>
                <td className={styles.number}>{row.recent.toLocaleString("en-GB")}</td>
                <td className={styles.day}>
                  <time dateTime={row.firstSeen}>{formatDay(row.firstSeen)}</time>
                </td>
                <td className={styles.day}>
                  <time dateTime={row.lastSeen}>{formatDay(row.lastSeen)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.more ? <p>The {SEARCH_MISS_LIMIT} most searched are shown; the spreadsheet has them all.</p> : null}
    </>
  );
}
