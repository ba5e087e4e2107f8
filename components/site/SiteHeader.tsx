import Link from "next/link";
import { SITE_NAME, homePath, industriesIndexPath, rolesIndexPath } from "@/lib/shared";
import { SearchForm } from "@/components/search";
import styles from "./SiteHeader.module.css";

/**
 * The same few links on every page, whatever the size of the guide: the site's name (home), the industries, the
 * A to Z of all roles, and the search form.
 */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href={homePath()} className={styles.name}>
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul role="list">
            <li>
              <Link href={industriesIndexPath()}>Industries</Link>
            </li>
            <li>
              <Link href={rolesIndexPath()}>All roles</Link>
            </li>
          </ul>
        </nav>
        {/* Its header variant takes its place in the row (components/search/SearchForm.module.css). */}
        <SearchForm variant="header" />
      </div>
    </header>
  );
}
