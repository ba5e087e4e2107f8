import Link from "next/link";
import { roleCount } from "@/lib/browse";
import { industryPath, industryRolesPath, rolePath } from "@/lib/shared";
import { Card, CardList } from "./Card";
import styles from "./IndustryCards.module.css";

export interface IndustryCard {
  slug: string;
  name: string;
  summary: string;
  roleCount: number;
  /** Shown after the number of roles when given ("4 roles and 5 career path patterns"). */
  patternCount?: number;
  /** Some of its roles, linked by title; a link to all of them follows when there are more. */
  roles?: { slug: string; title: string }[];
}

const patterns = (count: number) => `${count} career path ${count === 1 ? "pattern" : "patterns"}`;

/** Industry cards: each name links to the industry's page, with its summary and how many roles it has. */
export function IndustryCards({ industries, headingLevel = 2 }: { industries: IndustryCard[]; headingLevel?: 2 | 3 }) {
  // One or two industries take the page's width; more sit two to a row on wide screens, so a long list stays short.
  const wide = industries.length <= 2;
  return (
    <CardList>
      {industries.map((industry) => (
        <Card
          key={industry.slug}
          heading={<Link href={industryPath(industry.slug)}>{industry.name}</Link>}
          headingLevel={headingLevel}
          summary={industry.summary}
          meta={
            <>
              {roleCount(industry.roleCount)}
              {industry.patternCount === undefined ? null : ` and ${patterns(industry.patternCount)}`}
            </>
          }
          accent
          wide={wide}
        >
          {industry.roles && industry.roles.length > 0 ? (
            <>
              <ul className={styles.roles}>
                {industry.roles.map((role) => (
                  <li key={role.slug}>
                    <Link href={rolePath(role.slug)}>{role.title}</Link>
                  </li>
                ))}
              </ul>
              {industry.roleCount > industry.roles.length ? (
                <p className={styles.all}>
                  <Link href={industryRolesPath(industry.slug, 1)}>
                    See all {roleCount(industry.roleCount)} in {industry.name}
                  </Link>
                </p>
              ) : null}
            </>
          ) : null}
        </Card>
      ))}
    </CardList>
  );
}
