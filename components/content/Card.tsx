import type { ReactNode } from "react";
import styles from "./Card.module.css";

/** A grid of cards: one column on narrow screens, two on wide ones. */
export function CardList({ children }: { children: ReactNode }) {
  return (
    <ul className={styles.list} role="list">
      {children}
    </ul>
  );
}

/**
 * One card of a CardList: a heading, a summary, then optional facts (`meta`), anything else (`children`) and an
 * action link, which is left off the printed page. `accent` gives it the accent colour (industries); `wide` makes it
 * the grid's full width.
 */
export function Card({
  heading,
  headingLevel,
  summary,
  meta,
  action,
  accent = false,
  wide = false,
  children,
}: {
  heading: ReactNode;
  headingLevel: 2 | 3;
  summary: ReactNode;
  meta?: ReactNode;
  action?: ReactNode;
  accent?: boolean;
  wide?: boolean;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const className = [styles.card, accent ? styles.accent : "", wide ? styles.wide : ""].filter(Boolean).join(" ");
  return (
    <li className={className}>
      <Heading className={styles.title}>{heading}</Heading>
      <p className={styles.summary}>{summary}</p>
      {meta ? <p className={styles.meta}>{meta}</p> : null}
      {children}
      {action ? <p className={styles.action}>{action}</p> : null}
    </li>
  );
}
