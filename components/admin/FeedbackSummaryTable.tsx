import type { Route } from "next";
import Link from "next/link";
import { describeTally, RECENT_DAYS, type PageSummary } from "@/lib/admin";
import { USEFUL_QUESTION } from "@/lib/feedback";
import styles from "./FeedbackInbox.module.css";

/** The inbox's "Is this page useful?" table: one row per content page, the pages most in need first. */
export function FeedbackSummaryTable({ rows, fileUrls }: { rows: PageSummary[]; fileUrls: Record<string, string | null> }) {
  return (
    <div className={styles.tableWrap} role="region" aria-labelledby="useful-heading" tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">
          {USEFUL_QUESTION} Answers per page, the pages most in need of attention first
        </caption>
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Last {RECENT_DAYS} days</th>
            <th scope="col">All time</th>
            <th scope="col">Problem reports ({RECENT_DAYS} days / all)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path}>
              <th scope="row">
                <Link href={row.path as Route}>{row.title}</Link>
                <span className={styles.path}>{row.path}</span>
                {fileUrls[row.path] ? (
                  <a className={styles.fileLink} href={fileUrls[row.path]!}>
                    Content file<span className="visually-hidden"> for {row.title}</span>
                  </a>
                ) : null}
              </th>
              <td>{describeTally(row.recent)}</td>
              <td>{describeTally(row.allTime)}</td>
              <td>
                {row.recentProblems} / {row.allProblems}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
