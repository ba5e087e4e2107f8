import Link from "next/link";
import type { SearchGlossaryEntry } from "@/lib/search";
import styles from "./GlossaryInset.module.css";

/** "HES (Hospital Episode Statistics)", or the name alone for a term without an abbreviation ("ICD-10"). */
const termName = (entry: SearchGlossaryEntry) =>
  entry.abbreviations.length > 0 ? `${entry.abbreviations[0]} (${entry.name})` : entry.name;

/**
 * The glossary's entries for the terms a search names, as GOV.UK's inset text: "HES (Hospital Episode
 * Statistics): its definition. More in the glossary", the link going to the term's entry (/glossary#hes).
 */
export function GlossaryInset({ entries }: { entries: readonly SearchGlossaryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <div className={styles.inset} data-search-glossary="">
      {entries.map((entry) => (
        <p key={entry.slug}>
          <strong>{termName(entry)}</strong>: {entry.definition}{" "}
          <Link href={entry.url}>
            More in the glossary <span className="visually-hidden">about {entry.name}</span>
          </Link>
        </p>
      ))}
    </div>
  );
}
