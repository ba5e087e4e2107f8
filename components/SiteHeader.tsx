import Link from "next/link";
import type { Route } from "next";
import { SITE_NAME } from "@/lib/site";
import { SearchForm } from "./SearchForm";

export function SiteHeader({ industries }: { industries: { href: Route; name: string }[] }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__name">
          {SITE_NAME}
        </Link>
        <nav aria-label="Industries" className="site-header__nav">
          <ul role="list">
            {industries.map((industry) => (
              <li key={industry.href}>
                <Link href={industry.href}>{industry.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm variant="header" />
      </div>
    </header>
  );
}
