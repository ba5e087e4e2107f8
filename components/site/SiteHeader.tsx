import { SITE_NAME, homePath, industriesIndexPath, rolesIndexPath } from "@/lib/shared";
import { SearchForm } from "@/components/search";
import { SiteLink } from "@/components/shared";
import styles from "./SiteHeader.module.css";

/**
 * The same few links on every page, whatever the size of the guide: the site's name (home), the industries, the
 * A to Z of all roles, and the search form. `plainLinks`: plain <a> links, for a page sent without Next's router.
 */
export function SiteHeader({ plainLinks = false }: { plainLinks?: boolean }) {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <SiteLink plain={plainLinks} href={homePath()} className={styles.name}>
          {SITE_NAME}
        </SiteLink>
        <nav aria-label="Main" className={styles.nav}>
          <ul role="list">
            <li>
              <SiteLink plain={plainLinks} href={industriesIndexPath()}>
                Industries
              </SiteLink>
            </li>
            <li>
              <SiteLink plain={plainLinks} href={rolesIndexPath()}>
                All roles
              </SiteLink>
            </li>
          </ul>
        </nav>
        {/* Its header variant takes its place in the row (components/search/SearchForm.module.css). */}
        <SearchForm variant="header" />
      </div>
    </header>
  );
}
