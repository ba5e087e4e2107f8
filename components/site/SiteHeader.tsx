import Link from "next/link";
import { SITE_NAME } from "@/lib/shared";
import { homePath, industriesIndexPath, rolesIndexPath } from "@/lib/shared";
import { SearchForm } from "@/components/search";

/**
 * The same few links on every page, whatever the size of the guide: the site's name (home), the industries, the
 * A to Z of all roles, and the search form.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={homePath()} className="site-header__name">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="site-header__nav">
          <ul role="list">
            <li>
              <Link href={industriesIndexPath()}>Industries</Link>
            </li>
            <li>
              <Link href={rolesIndexPath()}>All roles</Link>
            </li>
          </ul>
        </nav>
        <SearchForm variant="header" />
      </div>
    </header>
  );
}
