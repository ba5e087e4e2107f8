import Link from "next/link";
import { CHOOSER_FIND_FRAGMENT, CHOOSER_INDUSTRY_FRAGMENT, MAX_COMPARE, MIN_COMPARE, SHOW_COMPARISON, type ChooserRole, type RoleFinder } from "@/lib/compare";

import { comparePath, formatCount, numberInWords } from "@/lib/shared";
import styles from "./CompareRoleFinder.module.css";
import { Pagination } from "@/components/browse";
import { RoleCheckbox } from "./RoleCheckbox";

type Level = 2 | 3;

function Heading({ level, id, children }: { level: Level; id: string; children: React.ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={styles.heading}>
      {children}
    </Tag>
  );
}

/** Hidden fields that keep chosen roles chosen through a form (they come first, so they keep their order). */
function KeepRoles({ roles }: { roles: readonly string[] }) {
  return (
    <>
      {roles.map((slug) => (
        <input key={slug} type="hidden" name="roles" value={slug} />
      ))}
    </>
  );
}

/** Hidden fields that keep the list shown (industry and page, or search) through a form that adds roles. */
function KeepList({ keep }: { keep: RoleFinder["keep"] }) {
  return (
    <>
      {keep.industry !== undefined ? <input type="hidden" name="industry" value={keep.industry} /> : null}
      {keep.page !== undefined ? <input type="hidden" name="page" value={keep.page} /> : null}
      {keep.find !== undefined ? <input type="hidden" name="find" value={keep.find} /> : null}
    </>
  );
}

/**
 * A list of roles as tick boxes in a GET form that also carries the chosen roles not in the list. "Compare" opens
 * the comparison of every chosen role (the page redirects to its address); "Add ticked roles" adds the ticked ones
 * (and removes unticked ones) and shows the same list again, to choose more. Works without JavaScript.
 */
function RoleTicks({
  id,
  legend,
  hint,
  roles,
  otherChosen,
  keep,
}: {
  id: string;
  legend: React.ReactNode;
  hint?: React.ReactNode;
  roles: ChooserRole[];
  /** The chosen roles not in `roles`, sent with the form so that they stay chosen. */
  otherChosen: readonly string[];
  keep: RoleFinder["keep"];
}) {
  return (
    <form action={comparePath([])} method="get" className={styles.ticks}>
      <KeepRoles roles={otherChosen} />
      <fieldset className={styles.fieldset} aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend className={styles.legend}>{legend}</legend>
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
        <div className="checkboxes">
          {roles.map((role) => (
            <RoleCheckbox
              key={role.slug}
              id={`${id}-${role.slug}`}
              slug={role.slug}
              title={role.title}
              checked={role.chosen}
              hint={role.industryName}
            />
          ))}
        </div>
      </fieldset>
      <KeepList keep={keep} />
      <div className={styles.buttons}>
        <button type="submit" name="show" value={SHOW_COMPARISON} className="button">
          Compare
        </button>
        <button type="submit" className={`button ${styles.secondary}`}>
          Add ticked roles
        </button>
      </div>
    </form>
  );
}

/**
 * The compare chooser of a big guide: the chosen roles (each with a "Remove" link, and "Compare these roles" once
 * there are two to four), a search to find roles by name, and the industries, each listing its roles to tick.
 * Everything is a link or a GET form, so the whole state is in the address and it works without JavaScript;
 * each list is bounded, so the page stays small however many roles the guide has. Below a comparison
 * (`comparing`), the chosen roles are the compared ones and there is no "Compare" button.
 */
export function CompareRoleFinder({
  finder,
  headingLevel = 2,
  comparing = false,
}: {
  finder: RoleFinder;
  headingLevel?: Level;
  comparing?: boolean;
}) {
  const { chosen, industry, find } = finder;
  const count = chosen.length;
  return (
    <div className={styles.finder}>
      <section aria-labelledby="compare-chosen-heading" className={styles.chosen}>
        <Heading level={headingLevel} id="compare-chosen-heading">
          {comparing ? "Roles in this comparison" : "Your chosen roles"}
        </Heading>
        {count === 0 ? (
          <p>
            You have not chosen any roles yet. Choose {numberInWords(MIN_COMPARE)} to {numberInWords(MAX_COMPARE)}: find
            them by name, or by industry.
          </p>
        ) : (
          <ul className={styles.chosenList} role="list">
            {chosen.map((role) => (
              <li key={role.slug} className={styles.chosenItem}>
                <span className={styles.chosenTitle}>
                  {role.title}
                  {role.industryName ? (
                  <>
                    {" "}
                    <span className={styles.meta}>({role.industryName})</span>
                  </>
                ) : null}
                </span>
                <Link href={role.removeHref} className={styles.remove}>
                  Remove <span className="visually-hidden">{role.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {count > 0 && count < MIN_COMPARE ? (
          <p>
            Choose at least {numberInWords(MIN_COMPARE - count)} more {MIN_COMPARE - count === 1 ? "role" : "roles"} to
            compare.
          </p>
        ) : null}
        {count >= MAX_COMPARE ? (
          <p>
            You can compare up to {numberInWords(MAX_COMPARE)} roles at a time. Remove one to choose another.
          </p>
        ) : null}
        {!comparing && finder.compareHref ? (
          <p>
            <Link href={finder.compareHref} className={`button ${styles.compare}`}>
              Compare these roles
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby={`${CHOOSER_FIND_FRAGMENT}-heading`} id={CHOOSER_FIND_FRAGMENT} className={styles.part}>
        <Heading level={headingLevel} id={`${CHOOSER_FIND_FRAGMENT}-heading`}>
          Find roles by name
        </Heading>
        <form
          role="search"
          aria-label="Find roles to compare"
          action={`${comparePath([])}#${CHOOSER_FIND_FRAGMENT}`}
          method="get"
          className="search-form search-form--page"
        >
          <KeepRoles roles={chosen.map((role) => role.slug)} />
          <label htmlFor="compare-find-input" className="search-form__label">
            Role name, skill or qualification
          </label>
          <div className="search-form__row">
            <input
              id="compare-find-input"
              name="find"
              type="search"
              className="search-form__input"
              defaultValue={find?.query ?? ""}
              enterKeyHint="search"
            />
            <button type="submit" className="search-form__button">
              Find roles
            </button>
          </div>
        </form>
        {find ? (
          find.total === 0 ? (
            <p role="status">
              No roles match <q className="search-query">{find.query}</q>. Check the spelling, try other words, or
              choose by industry.
            </p>
          ) : (
            <RoleTicks
              id="compare-found"
              roles={find.roles}
              otherChosen={find.otherChosen}
              keep={finder.keep}
              legend={
                <>
                  Roles matching <q className="search-query">{find.query}</q>
                </>
              }
              hint={
                find.total > find.roles.length
                  ? `Showing the ${formatCount(find.roles.length)} best matches of ${formatCount(find.total)}. Add words to narrow the search.`
                  : `${formatCount(find.total)} ${find.total === 1 ? "role matches" : "roles match"}.`
              }
            />
          )
        ) : null}
      </section>

      <section aria-labelledby="compare-industries-heading" className={styles.part}>
        <Heading level={headingLevel} id="compare-industries-heading">
          Choose by industry
        </Heading>
        <ul className={styles.industries} role="list">
          {finder.industries.map((each) => (
            <li key={each.slug}>
              <Link href={each.href} aria-current={each.current ? "true" : undefined} className={styles.industry}>
                {each.name}
              </Link>{" "}
              <span className={styles.meta}>
                ({formatCount(each.roleCount)} {each.roleCount === 1 ? "role" : "roles"})
              </span>
            </li>
          ))}
        </ul>
        {industry ? (
          <div id={CHOOSER_INDUSTRY_FRAGMENT} className={styles.industryRoles}>
            {industry.roles.length > 0 ? (
              <RoleTicks
                id="compare-industry"
                roles={industry.roles}
                otherChosen={industry.otherChosen}
                keep={finder.keep}
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
        ) : null}
      </section>
    </div>
  );
}
