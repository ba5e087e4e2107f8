import Link from "next/link";
import { CHOOSER_INDUSTRY_FRAGMENT, type FinderIndustry, type RoleFinder } from "@/lib/compare";
import { Pagination } from "@/components/browse";
import { formatCount, pluralWord } from "@/lib/shared";
import { FinderHeading, type FinderHeadingLevel } from "./FinderHeading";
import { RoleTicks } from "./RoleTicks";
import styles from "./ChooseByIndustry.module.css";

/** The open industry's roles to tick, a page at a time, or what to do when it has none on the page asked for. */
function IndustryRoles({ industry, keep }: { industry: FinderIndustry; keep: RoleFinder["keep"] }) {
  return (
    <div id={CHOOSER_INDUSTRY_FRAGMENT} className={styles.industryRoles}>
      {industry.roles.length > 0 ? (
        <RoleTicks
          id="compare-industry"
          roles={industry.roles}
          otherChosen={industry.otherChosen}
          keep={keep}
          legend={`Roles in ${industry.name}`}
          hint={
            industry.page.found && industry.page.pageCount > 1
              ? `Showing ${formatCount(industry.page.start + 1)} to ${formatCount(industry.page.end)} of ${formatCount(industry.page.total)} roles.`
              : undefined
          }
        />
      ) : industry.page.found ? (
        <p>{industry.name} has no roles yet.</p>
      ) : (
        <p>
          <Link href={industry.pageHref(1)}>Go to the first page of roles in {industry.name}</Link>
        </p>
      )}
      {industry.page.found ? (
        <Pagination
          label={`Pages of roles in ${industry.name}`}
          page={industry.page.page}
          pageCount={industry.page.pageCount}
          href={industry.pageHref}
        />
      ) : null}
    </div>
  );
}

/** The role finder's "Choose by industry": every industry as a link, and the open one's roles to tick. */
export function ChooseByIndustry({ finder, headingLevel }: { finder: RoleFinder; headingLevel: FinderHeadingLevel }) {
  return (
    <section aria-labelledby="compare-industries-heading" className={styles.part}>
      <FinderHeading level={headingLevel} id="compare-industries-heading">
        Choose by industry
      </FinderHeading>
      <ul className={styles.industries} role="list">
        {finder.industries.map((each) => (
          <li key={each.slug}>
            <Link href={each.href} aria-current={each.current ? "true" : undefined} className={styles.industry}>
              {each.name}
            </Link>{" "}
            <span className={styles.meta}>
              ({formatCount(each.roleCount)} {pluralWord(each.roleCount, "role")})
            </span>
          </li>
        ))}
      </ul>
      {finder.industry ? <IndustryRoles industry={finder.industry} keep={finder.keep} /> : null}
    </section>
  );
}
