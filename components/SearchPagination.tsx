import Link from "next/link";
import type { Route } from "next";
import { pageLinkItems } from "@/lib/result-pages";
import styles from "./SearchPagination.module.css";

/**
 * GOV.UK's pagination: "Previous" and "Next" links (rel="prev" and rel="next") either side of the page numbers,
 * the current one marked, with "…" for pages left out. Plain links with the page in the address, so a page of
 * results can be shared and the pagination works without JavaScript. Nothing for a list of one page. Used for
 * search results and for the compare chooser's lists of roles; `label` names the navigation landmark.
 */
export function SearchPagination({
  label,
  page,
  pageCount,
  href,
}: {
  label: string;
  page: number;
  pageCount: number;
  /** The address of a page, from 1. */
  href: (page: number) => Route;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {page > 1 ? (
        <p className={styles.prev}>
          <Link href={href(page - 1)} rel="prev" className={styles.step}>
            <span aria-hidden="true" className={styles.arrow}>
              ←
            </span>
            Previous <span className="visually-hidden">page</span>
          </Link>
        </p>
      ) : null}
      <ul className={styles.list} role="list">
        {pageLinkItems(page, pageCount).map((item, index) =>
          item.kind === "gap" ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page} className={item.current ? `${styles.item} ${styles.current}` : styles.item}>
              <Link
                href={href(item.page)}
                className={styles.number}
                aria-label={`Page ${item.page}`}
                aria-current={item.current ? "page" : undefined}
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <p className={styles.next}>
          <Link href={href(page + 1)} rel="next" className={styles.step}>
            Next <span className="visually-hidden">page</span>
            <span aria-hidden="true" className={styles.arrow}>
              →
            </span>
          </Link>
        </p>
      ) : null}
    </nav>
  );
}
