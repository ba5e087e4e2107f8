/**
 * The glossary's pages: /glossary, its terms A to Z, and the "Terms on this page" of each role and industry page.
 * The terms themselves are content (content/glossary/, read and checked by lib/content, which also links the first
 * use of each on a page); this works out what the pages show of them. Plain functions, no React.
 */
import { groupByLetter, type LetterGroup } from "../browse";
import type { Content, GlossaryTerm, Role } from "../content";
import { lastUpdated } from "../updates";

/** A term as the glossary lists it: its entry, and the roles whose pages use it. */
export interface GlossaryEntry {
  title: string;
  term: GlossaryTerm;
  /** The roles whose pages use the term, A to Z. */
  roles: Pick<Role, "slug" | "title">[];
}

/** The glossary's terms under their letters, A to Z (a letter with none is shown, leading nowhere). */
export function glossaryByLetter(content: Pick<Content, "glossary" | "roles">): LetterGroup<GlossaryEntry>[] {
  const usedBy = new Map<string, Pick<Role, "slug" | "title">[]>();
  for (const role of content.roles) {
    for (const slug of role.terms) usedBy.set(slug, [...(usedBy.get(slug) ?? []), { slug: role.slug, title: role.title }]);
  }
  return groupByLetter(
    content.glossary.map((term) => ({
      title: term.name,
      term,
      roles: (usedBy.get(term.slug) ?? []).sort((a, b) => a.title.localeCompare(b.title, "en-GB")),
    })),
  );
}

/** A page's terms (slugs, as lib/content lists them) as glossary terms, A to Z. */
export function termsOnPage(slugs: readonly string[], glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const wanted = new Set(slugs);
  return glossary.filter((term) => wanted.has(term.slug));
}

/** A term's name as the glossary heads it: "Hospital Episode Statistics (HES)". */
export const termHeading = (term: Pick<GlossaryTerm, "name" | "abbreviations">): string =>
  term.abbreviations.length > 0 ? `${term.name} (${term.abbreviations.join(", ")})` : term.name;

/** The day the glossary last changed: its newest change note for readers (none while it has no terms). */
export const glossaryLastUpdated = (glossary: readonly GlossaryTerm[]): string | undefined =>
  glossary.length > 0 ? lastUpdated(glossary.flatMap((term) => term.changes)) : undefined;
