import Link from "next/link";
import type { PathPattern } from "@/lib/content";
import { rolePath } from "@/lib/shared";
import styles from "./PathPatternList.module.css";

/** Path patterns shown as "background → role", each with why it works and a link to the role. */
export function PathPatternList({
  patterns,
  roleTitles,
}: {
  patterns: PathPattern[];
  /** Role titles by slug. */
  roleTitles: Record<string, string>;
}) {
  return (
    <ul className={styles.list} role="list" data-testid="path-patterns">
      {patterns.map((pattern) => (
        <li key={`${pattern.from}→${pattern.to}`} className={styles.path}>
          <p className={styles.route}>
            <span>{pattern.from}</span>{" "}
            <span className={styles.arrow} aria-hidden="true">
              →
            </span>
            <span className="visually-hidden"> leads to </span>{" "}
            <Link href={rolePath(pattern.to)}>{roleTitles[pattern.to] ?? pattern.to}</Link>
          </p>
          <p className={styles.description}>{pattern.description}</p>
        </li>
      ))}
    </ul>
  );
}
