import Link from "next/link";
import { RoleSection } from "@/components/content";
import type { GlossaryTerm } from "@/lib/content";
import { termAnchor } from "@/lib/content";
import { termHeading } from "@/lib/glossary";
import { glossaryPath } from "@/lib/shared";
import styles from "./Glossary.module.css";

/** The id of "Terms on this page" on role and industry pages. */
export const TERMS_ON_PAGE_ID = "terms";

/**
 * "Terms on this page": each glossary term the page uses, with its definition, at the end of a role or industry page
 * and on its printed handout. The first use of each term in the page's text links to its entry here
 * (`#term-hes`), which works without JavaScript, on touch screens and in a screen reader's list of links.
 */
export function TermsOnPage({ terms }: { terms: GlossaryTerm[] }) {
  if (terms.length === 0) return null;
  return (
    <RoleSection id={TERMS_ON_PAGE_ID} heading="Terms on this page">
      <dl className={styles.terms}>
        {terms.map((term) => (
          <div key={term.slug} className={styles.term}>
            <dt id={termAnchor(term.slug)}>{termHeading(term)}</dt>
            <dd>
              <p>{term.definition}</p>
            </dd>
          </div>
        ))}
      </dl>
      <p className={styles.more}>
        <Link href={glossaryPath()}>All terms in the glossary</Link>
      </p>
    </RoleSection>
  );
}
