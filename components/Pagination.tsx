import Link from "next/link";
import type { Route } from "next";
import { pageLinks } from "@/lib/browse";
import styles from "./Pagination.module.css";

/**
 * GOV.UK's pagination for a list in pages: "Previous" and "Next" (with rel="prev" and rel="next"), the page
 * numbers around the current one, and "Page 2 of 20". Plain links: it works without JavaScript. Nothing is shown
 * for a list of one page.
 */
export function Pagination({
  page,
  pageCount,
  href,
  label = "Pages",
}: {
  page: number;
  pageCount: number;
  /** The address of page `n` (from 1). */
  href: (n: number) => Route;
  /** The navigation's name, for a page with more than one list in pages. */
  label?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pagination}>
      <p className={styles.status}>
        Page {page} of {pageCount}
      </p>
      <ul role="list" className={styles.list}>
        {page > 1 ? (
          <li className={styles.step}>
            <Link href={href(page - 1)} rel="prev">
              <span aria-hidden="true">←</span>Previous
            </Link>
          </li>
        ) : null}
        {pageLinks(page, pageCount).map((n, index) =>
          n === "gap" ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              ⋯
            </li>
          ) : (
            <li key={n} className={styles.number}>
              <Link
                href={href(n)}
                aria-label={`Page ${n}`}
                aria-current={n === page ? "page" : undefined}
                className={n === page ? styles.current : undefined}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li className={styles.step}>
            <Link href={href(page + 1)} rel="next">
              Next<span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
