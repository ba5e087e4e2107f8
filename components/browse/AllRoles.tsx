import Link from "next/link";
import { FULL_LIST_LIMIT, roleCount, type RolesAToZ } from "@/lib/browse";
import { letterPath } from "@/lib/shared";
import { LetterNav } from "./LetterNav";
import { RoleIndexList } from "./RoleIndexList";

/**
 * The A to Z of every role, after /roles' heading: the letters, then, for a guide of up to FULL_LIST_LIMIT roles,
 * every role under its letter, so no click is wasted; for a bigger one, how many roles each letter has, so the page
 * stays the same size however many roles there are.
 */
export function AllRoles({ aToZ }: { aToZ: RolesAToZ }) {
  const { total, letters } = aToZ;
  const filled = letters.filter((group) => group.items.length > 0);
  return (
    <>
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
