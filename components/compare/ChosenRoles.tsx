import Link from "next/link";
import { MAX_COMPARE, MIN_COMPARE, type RoleFinder } from "@/lib/compare";
import { numberInWords, pluralWord } from "@/lib/shared";
import { FinderHeading, type FinderHeadingLevel } from "./FinderHeading";
import styles from "./ChosenRoles.module.css";
import { ButtonLink } from "@/components/shared";

/**
 * The role finder's chosen roles, each with a "Remove" link, what is still needed, and "Compare these roles" once
 * there are two to four (not below a comparison, `comparing`, where they are the compared roles).
 */
export function ChosenRoles({
  finder,
  headingLevel,
  comparing,
}: {
  finder: RoleFinder;
  headingLevel: FinderHeadingLevel;
  comparing: boolean;
}) {
  const { chosen } = finder;
  const count = chosen.length;
  return (
    <section aria-labelledby="compare-chosen-heading">
      <FinderHeading level={headingLevel} id="compare-chosen-heading">
        {comparing ? "Roles in this comparison" : "Your chosen roles"}
      </FinderHeading>
      {count === 0 ? (
        <p>
          You have not chosen any roles yet. Choose {numberInWords(MIN_COMPARE)} to {numberInWords(MAX_COMPARE)}: find
          them by name, or by industry.
        </p>
      ) : (
        <ul className={styles.list} role="list">
          {chosen.map((role) => (
            <li key={role.slug} className={styles.item}>
              <span className={styles.title}>
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
          Choose at least {numberInWords(MIN_COMPARE - count)} more {pluralWord(MIN_COMPARE - count, "role")} to
          compare.
        </p>
      ) : null}
      {count >= MAX_COMPARE ? (
        <p>You can compare up to {numberInWords(MAX_COMPARE)} roles at a time. Remove one to choose another.</p>
      ) : null}
      {!comparing && finder.compareHref ? (
        <p>
          <ButtonLink href={finder.compareHref} className={styles.compare}>
            Compare these roles
          </ButtonLink>
        </p>
      ) : null}
    </section>
  );
}
