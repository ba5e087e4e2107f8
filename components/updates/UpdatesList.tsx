import type { Route } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/content";
import styles from "./UpdatesList.module.css";

export interface UpdateItem {
  /** Unique within the list: the page's path and the note's key. */
  id: string;
  date: string;
  note: string;
  page: { title: string; path: string; kind: "role" | "industry" };
}

const KIND = { role: "Role profile", industry: "Industry" } as const;

/** One note: the page it is about (a link, and what kind of page), then the note, after its date if asked. */
function UpdateEntry({ update, withDate }: { update: UpdateItem; withDate: boolean }) {
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

/**
 * Change notes grouped by day, newest day first (the notes come sorted): each day a heading, then the pages that
 * changed that day and what changed.
 */
export function UpdatesByDay({ updates }: { updates: readonly UpdateItem[] }) {
  const days: { date: string; updates: UpdateItem[] }[] = [];
  for (const update of updates) {
    const last = days.at(-1);
    if (last?.date === update.date) last.updates.push(update);
    else days.push({ date: update.date, updates: [update] });
  }
  return (
    <div>
      {days.map((day) => (
        <div key={day.date} data-testid="updates-day">
          <h2 className={styles.date}>
            <time dateTime={day.date}>{formatDate(day.date)}</time>
          </h2>
          <ul className={styles.list} role="list">
            {day.updates.map((update) => (
              <UpdateEntry key={update.id} update={update} withDate={false} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The newest few change notes, each with its date, for the home page. */
export function LatestUpdates({ updates }: { updates: readonly UpdateItem[] }) {
  return (
    <ul className={styles.list} role="list">
      {updates.map((update) => (
        <UpdateEntry key={update.id} update={update} withDate />
      ))}
    </ul>
  );
}
