import type { Route } from "next";
import Link from "next/link";
import type { Letter } from "@/lib/browse";
import { letterPath } from "@/lib/shared";
import styles from "./LetterNav.module.css";

export interface LetterCount {
  letter: Letter;
  count: number;
}

/**
 * The A to Z's letters (GOV.UK's pattern): each letter with roles links to its page; a letter with none is shown,
 * so the alphabet reads whole, but leads nowhere. On a letter's own pages, that letter is marked as the current one.
 * The glossary uses it too, with its own `label` and letters that lead to its parts (`href`).
 */
export function LetterNav({
  letters,
  current,
  label = "Roles A to Z",
  href = (key) => letterPath(key),
}: {
  letters: LetterCount[];
  current?: { key: string; firstPage: boolean };
  label?: string;
  href?: (key: string) => Route;
}) {
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul role="list" className={styles.letters}>
        {letters.map(({ letter, count }) => {
          const isCurrent = current?.key === letter.key;
          return (
            <li key={letter.key} className={styles.item}>
              {count > 0 ? (
                <Link
                  href={href(letter.key)}
                  className={isCurrent ? `${styles.letter} ${styles.current}` : styles.letter}
                  aria-current={isCurrent ? (current?.firstPage ? "page" : "true") : undefined}
                >
                  {letter.label}
                </Link>
              ) : (
                <span className={`${styles.letter} ${styles.empty}`}>{letter.label}</span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
