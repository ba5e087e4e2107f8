import styles from "./SearchQuery.module.css";

/** What the reader searched for, in quotation marks (`<q>`), as text that React escapes. */
export function SearchQuery({ children }: { children: string }) {
  return <q className={styles.query}>{children}</q>;
}
