import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site";
import { LetterNav } from "@/components/browse";
import { PageHeading } from "@/components/site";
import { RoleIndexList } from "@/components/browse";
import { FULL_LIST_LIMIT, roleCount, rolesAToZ } from "@/lib/browse";
import { getContent } from "@/lib/content";
import { linkPreviewMetadata } from "@/lib/sharing";
import { SITE_NAME } from "@/lib/shared";
import { homePath, letterPath, rolesIndexPath } from "@/lib/shared";

const TITLE = "All roles A to Z";
const DESCRIPTION = `Every role in ${SITE_NAME}, from A to Z, with its industry and what the work involves.`;

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: rolesIndexPath() },
  ...linkPreviewMetadata({ title: TITLE, description: DESCRIPTION, path: rolesIndexPath() }),
};

/**
 * /roles: the A to Z of every role; prerendered. Each letter with roles links to its page. A guide of up to
 * FULL_LIST_LIMIT roles is also listed here in full, under its letters, so no click is wasted; a bigger one lists
 * how many roles each letter has, and the page stays the same size however many roles there are.
 */
export default function RolesPage() {
  const { total, letters } = rolesAToZ(getContent());
  const filled = letters.filter((group) => group.items.length > 0);
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: TITLE }]} />
      <PageHeading
        title={TITLE}
        lead={`${roleCount(total)} in the guide, by the first letter of their title. ${
          total <= FULL_LIST_LIMIT ? "Choose a letter, or read on: they are all below." : "Choose a letter to see its roles."
        }`}
      />
      <LetterNav letters={letters.map((group) => ({ letter: group.letter, count: group.items.length }))} />
      {total <= FULL_LIST_LIMIT ? (
        filled.map(({ letter, items }) => (
          <section key={letter.key} aria-labelledby={`letter-${letter.key}`}>
            <h2 id={`letter-${letter.key}`}>{letter.label}</h2>
            <RoleIndexList roles={items} headingLevel={3} />
          </section>
        ))
      ) : (
        <section aria-labelledby="letters-heading">
          <h2 id="letters-heading">Roles by letter</h2>
          <ul>
            {filled.map(({ letter, items }) => (
              <li key={letter.key}>
                <Link href={letterPath(letter.key)}>
                  {letter.label}: {roleCount(items.length)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
