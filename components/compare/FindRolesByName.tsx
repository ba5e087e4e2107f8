import { CHOOSER_FIND_FRAGMENT, type RoleFinder } from "@/lib/compare";
import { SearchForm, SearchQuery } from "@/components/search";
import { comparePath, formatCount, pluralWord } from "@/lib/shared";
import { FinderHeading, type FinderHeadingLevel } from "./FinderHeading";
import { KeepRoles } from "./KeepRoles";
import { RoleTicks } from "./RoleTicks";
import styles from "./FindRolesByName.module.css";

/** The role finder's "Find roles by name": a search that keeps the chosen roles, and the roles it finds to tick. */
export function FindRolesByName({ finder, headingLevel }: { finder: RoleFinder; headingLevel: FinderHeadingLevel }) {
  const { find } = finder;
  return (
    <section aria-labelledby={`${CHOOSER_FIND_FRAGMENT}-heading`} id={CHOOSER_FIND_FRAGMENT} className={styles.part}>
      <FinderHeading level={headingLevel} id={`${CHOOSER_FIND_FRAGMENT}-heading`}>
        Find roles by name
      </FinderHeading>
      <SearchForm
        variant="page"
        formLabel="Find roles to compare"
        action={`${comparePath([])}#${CHOOSER_FIND_FRAGMENT}`}
        label="Role name, skill or qualification"
        name="find"
        id="compare-find-input"
        button="Find roles"
        query={find?.query ?? ""}
      >
        <KeepRoles roles={finder.chosen.map((role) => role.slug)} />
      </SearchForm>
      {find ? (
        find.total === 0 ? (
          <p role="status">
            No roles match <SearchQuery>{find.query}</SearchQuery>. Check the spelling, try other words, or choose by
            industry.
          </p>
        ) : (
          <RoleTicks
            id="compare-found"
            roles={find.roles}
            otherChosen={find.otherChosen}
            keep={finder.keep}
            legend={
              <>
                Roles matching <SearchQuery>{find.query}</SearchQuery>
              </>
            }
            hint={
              find.total > find.roles.length
                ? `Showing the ${formatCount(find.roles.length)} best matches of ${formatCount(find.total)}. Add words to narrow the search.`
                : `${formatCount(find.total)} ${pluralWord(find.total, "role matches", "roles match")}.`
            }
          />
        )
      ) : null}
    </section>
  );
}
