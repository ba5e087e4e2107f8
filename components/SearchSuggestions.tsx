import Link from "next/link";
import type { Route } from "next";
import { Fragment } from "react";
import { searchPath } from "@/lib/urls";

export interface BrowseIndustry {
  name: string;
  href: Route;
  roles: { title: string; href: Route }[];
}

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

/** Every industry with its roles, as links: somewhere to go when a search finds nothing. */
export function BrowseGuide({ industries }: { industries: BrowseIndustry[] }) {
  return (
    <ul className="search-browse" role="list">
      {industries.map((industry) => (
        <li key={industry.href}>
          <Link href={industry.href} className="search-browse__industry">
            {industry.name}
          </Link>
          <ul className="search-browse__roles">
            {industry.roles.map((role) => (
              <li key={role.href}>
                <Link href={role.href}>{role.title}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
