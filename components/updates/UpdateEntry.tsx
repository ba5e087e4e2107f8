import type { Route } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/content";
import styles from "./Updates.module.css";

export interface UpdateItem {
  /** Unique within the list: the page's path and the note's key. */
  id: string;
  date: string;
  note: string;
  page: { title: string; path: string; kind: "role" | "industry" };
}

const KIND = { role: "Role profile", industry: "Industry" } as const;

/** One change note in a list of them: the page it is about (a link, and what kind of page), then the note, after its date if asked. */
export function UpdateEntry({ update, withDate }: { update: UpdateItem; withDate: boolean }) {
  return (
    <li className={styles.update} data-testid="update">
      <p className={styles.page}>
        <Link href={update.page.path as Route}>{update.page.title}</Link>
        <span className="visually-hidden">,</span>{" "}
        <span className={styles.kind}>{KIND[update.page.kind]}</span>
      </p>
      <p data-testid="update-note">
        {withDate ? (
          <>
            <time dateTime={update.date}>{formatDate(update.date)}</time>:{" "}
          </>
        ) : null}
        {update.note}
      </p>
    </li>
  );
}
