import type { Route } from "next";
import Link from "next/link";
import { formatTime } from "@/lib/admin";
import { PROBLEM_LABELS, type StoredAnswer } from "@/lib/feedback";
import styles from "./FeedbackInbox.module.css";

/**
 * Problem reports, newest first. What readers wrote is rendered as text by React (never as HTML), with its line
 * breaks kept.
 */
export function ProblemReportList({ reports, titles }: { reports: StoredAnswer[]; titles: Record<string, string> }) {
  if (reports.length === 0) return <p>No problem reports.</p>;
  return (
    <ol className={styles.reports} reversed>
      {reports.map((report) => (
        <li key={report.id} className={styles.report}>
          <p className={styles.reportMeta}>
            <Link href={report.page as Route}>{titles[report.page] ?? report.page}</Link>
            <span className={styles.path}> {report.page}</span>
            <br />
            <time dateTime={report.createdAt.toISOString()}>{formatTime(report.createdAt)}</time>
            {report.javascript ? null : <span className={styles.path}>, sent without JavaScript</span>}
          </p>
          <dl className={styles.texts}>
            <dt>{PROBLEM_LABELS.whatDoing}</dt>
            <dd>{report.whatDoing ?? <span className={styles.empty}>(left empty)</span>}</dd>
            <dt>{PROBLEM_LABELS.whatWrong}</dt>
            <dd>{report.whatWrong ?? <span className={styles.empty}>(left empty)</span>}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
