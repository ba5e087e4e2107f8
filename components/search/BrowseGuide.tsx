import Link from "next/link";
import type { BrowseIndustry } from "@/lib/search";
import { pluralWord } from "@/lib/shared";
import styles from "./BrowseGuide.module.css";

export type { BrowseIndustry };

/**
 * Every industry, as links, with its roles when they are given (a small guide) or how many it has (a big one, so
 * the page stays small): somewhere to go when a search finds nothing.
 */
export function BrowseGuide({ industries }: { industries: BrowseIndustry[] }) {
  return (
    <ul className={styles.browse} role="list">
      {industries.map((industry) => (
        <li key={industry.href}>
          <Link href={industry.href} className={styles.industry}>
            {industry.name}
          </Link>
          {industry.roles ? (
            <ul className={styles.roles}>
              {industry.roles.map((role) => (
                <li key={role.href}>
                  <Link href={role.href}>{role.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <span>
              {" "}
              ({industry.roleCount} {pluralWord(industry.roleCount, "role")})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
