import Link from "next/link";
import { Fragment } from "react";
import type { BrowseIndustry } from "@/lib/search";
import { searchPath } from "@/lib/shared";

export type { BrowseIndustry };

/** Example searches as links, in a sentence: "SQL, ICD-10 or Child safety". */
export function ExampleSearches({ examples }: { examples: string[] }) {
  return (
    <>
      {examples.map((example, index) => (
        <Fragment key={example}>
          {index === 0 ? "" : index === examples.length - 1 ? " or " : ", "}
          <Link href={searchPath(example)}>{example}</Link>
        </Fragment>
      ))}
    </>
  );
}

/**
 * Every industry, as links, with its roles when they are given (a small guide) or how many it has (a big one, so
 * the page stays small): somewhere to go when a search finds nothing.
 */
export function BrowseGuide({ industries }: { industries: BrowseIndustry[] }) {
  return (
    <ul className="search-browse" role="list">
      {industries.map((industry) => (
        <li key={industry.href}>
          <Link href={industry.href} className="search-browse__industry">
            {industry.name}
          </Link>
          {industry.roles ? (
            <ul className="search-browse__roles">
              {industry.roles.map((role) => (
                <li key={role.href}>
                  <Link href={role.href}>{role.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="search-browse__count">
              {" "}
              ({industry.roleCount} {industry.roleCount === 1 ? "role" : "roles"})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
