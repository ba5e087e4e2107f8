import type { Route } from "next";
import Link from "next/link";
import { LetterNav } from "@/components/browse";
import type { LetterGroup } from "@/lib/browse";
import { termHeading, type GlossaryEntry } from "@/lib/glossary";
import { rolePath } from "@/lib/shared";
import styles from "./Glossary.module.css";

/** The id of a letter's part of the glossary, which its letter links to. */
const letterId = (key: string) => `letter-${key}`;

/**
 * The glossary, A to Z: the letters (each with terms leads to its part), then each letter's terms as a description
 * list. Each term's `<dt>` carries its address (`/glossary#hes`), and any old address it had (`redirectFrom`).
 */
export function GlossaryIndex({ groups }: { groups: LetterGroup<GlossaryEntry>[] }) {
  const letters = groups.map((group) => ({ letter: group.letter, count: group.items.length }));
  return (
    <>
      <LetterNav letters={letters} label="Glossary A to Z" href={(key) => `#${letterId(key)}` as Route} />
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.letter.key} aria-labelledby={letterId(group.letter.key)} className={styles.letter}>
            <h2 id={letterId(group.letter.key)}>{group.letter.label}</h2>
            <dl className={styles.terms}>
              {group.items.map(({ term, roles }) => (
                <div key={term.slug} className={styles.term}>
                  <dt id={term.slug}>
                    {term.redirectFrom.map((old) => (
                      <span key={old} id={old} />
                    ))}
                    {termHeading(term)}
                  </dt>
                  <dd>
                    <p>{term.definition}</p>
                    {roles.length > 0 ? (
                      <p className={styles.usedOn}>
                        Used on:{" "}
                        {roles.map((role, index) => (
                          <span key={role.slug}>
                            {index > 0 ? ", " : null}
                            <Link href={rolePath(role.slug)}>{role.title}</Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
    </>
  );
}
