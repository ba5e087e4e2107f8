import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./ResultList.module.css";

export interface ResultListEntry {
  /** Unique within the list. */
  key: string;
  href: Route;
  title: ReactNode;
  /** What the page is, or where it belongs ("Role in …"), under the title in secondary text. */
  meta: ReactNode;
  /** The summary or snippet. */
  text: ReactNode;
}

/**
 * Pages found or listed, GOV.UK style (the A to Z's roles, search results): each title a link to its page, what
 * it is, and a line of its text. `ordered` numbers them from `start` (search results run on across pages);
 * `data-*` attributes go on the list, for the tests and the benchmark to find it whatever its class is called.
 */
export function ResultList({
  entries,
  headingLevel,
  ordered = false,
  start = 1,
  ...data
}: {
  entries: readonly ResultListEntry[];
  headingLevel: 2 | 3;
  ordered?: boolean;
  start?: number;
} & { [attribute: `data-${string}`]: string }) {
  const List = ordered ? "ol" : "ul";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <List className={styles.list} role="list" start={ordered && start > 1 ? start : undefined} {...data}>
      {entries.map((entry) => (
        <li key={entry.key} className={styles.entry}>
          <Heading className={styles.title}>
            <Link href={entry.href}>{entry.title}</Link>
          </Heading>
          <p className={styles.meta}>{entry.meta}</p>
          <p className={styles.text}>{entry.text}</p>
        </li>
      ))}
    </List>
  );
}
