import type { ReactNode } from "react";
import styles from "./SearchCount.module.css";

/**
 * What a search found, as a heading (`#search-count-heading`, which names the part of the page it heads) in a
 * status region, so that a screen reader announces it; `children` follow the heading in the region.
 */
export function SearchCount({ heading, children }: { heading: ReactNode; children?: ReactNode }) {
  return (
    <div role="status">
      <h2 id="search-count-heading" className={styles.count}>
        {heading}
      </h2>
      {children}
    </div>
  );
}
