import Link from "next/link";
import type { Route } from "next";
import { pageLinkItems } from "@/lib/browse";
import styles from "./Pagination.module.css";

/**
 * GOV.UK's pagination, for every list in pages (the A to Z, an industry's roles, search results, the compare
 * chooser's lists): "Previous page" and "Next page" links (rel="prev" and rel="next") either side of the page
 * numbers, the current one marked, "…" for pages left out, and, with `status`, "Page 2 of 20" above them. Plain
 * links with the page in the address, so a page can be shared and the pagination works without JavaScript.
 * Nothing for a list of one page. `label` names the navigation landmark.
 */
export function Pagination({
  label = "Pages",
  page,
  pageCount,
  href,
  status = false,
}: {
  label?: string;
  page: number;
  pageCount: number;
  /** The address of a page, from 1. */
  href: (page: number) => Route;
  /** Says "Page N of M" above the links: for a page whose heading does not say where in the list it is. */
  status?: boolean;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {status ? (
        <p className={styles.status}>
          Page {page} of {pageCount}
        </p>
      ) : null}
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
