/**
 * The words the guide knows for the same thing, built once per engine from the content: a glossary term's name,
 * abbreviations and spellings ("HES", "Hospital Episode Statistics"), and a role's other titles, which lead to its
 * title. A query that names one looks for any of them.
 *
 * A phrase of several words is found as a phrase: each page is indexed with the glossary terms it names (its
 * `glossary` field, see glossaryUses), so "ccg" finds the page that says "clinical commissioning groups", not
 * every page that has "clinical", "commissioning" and "groups" somewhere.
 */
import type { Content } from "../content";
import { all, any, distinct, queryParts, textTerms, type QueryNode, type QueryPart } from "./query";

/** A term of the glossary, as the content gives it. */
export type GlossaryTerm = Content["glossary"][number];

/**
 * The fields of the index that hold, for each page, the slugs of the glossary terms it names, and of those its
 * titles name (documents.ts).
 */
export const GLOSSARY_FIELDS: readonly string[] = ["titleGlossary", "glossary"];

/** One noun in the singular and the plural: "boards" and "board", "ICBs" and "ICB" name the same thing. */
const singular = (term: string) => (term.length >= 4 && term.endsWith("s") && !term.endsWith("ss") ? term.slice(0, -1) : term);

/** What a phrase is known by here: its terms, each in the singular. */
export const phraseKey = (terms: readonly string[]) => terms.map(singular).join(" ");

interface Known {
  /** What to look for besides the phrase itself: one-word forms, a role's title, the glossary terms it names. */
  forms: QueryNode[];
  /** The glossary terms the phrase names. */
  glossary: GlossaryTerm[];
}

export interface Synonyms {
  byKey: Map<string, Known>;
  /** The most terms of any phrase known: longer spans of a query are never looked up. */
  longest: number;
  /** The glossary's phrases, by their first term (in the singular), each with its terms and its glossary term. */
  phrases: Map<string, { terms: string[]; slug: string }[]>;
  /** Every term of every form: words the guide itself uses, for spelling suggestions. */
  terms: Set<string>;
}

/** Pages that name the glossary term `slug`, as a phrase: the glossary fields, exactly. */
const named = (slug: string): QueryNode => ({ combineWith: "OR", queries: [slug], fields: [...GLOSSARY_FIELDS], prefix: false, fuzzy: false });

/** A role's title in the title field: every one of its terms. */
const titled = (title: string): QueryNode => ({
  combineWith: "AND",
  queries: queryParts(title).map((part) => part.term),
  fields: ["title"],
});

function learn(synonyms: Synonyms, phrases: readonly string[], forms: readonly QueryNode[], glossary?: GlossaryTerm): void {
  for (const phrase of phrases) {
    const terms = queryParts(phrase).map((part) => part.term);
    if (terms.length === 0) continue;
    for (const term of terms) synonyms.terms.add(term);
    const key = phraseKey(terms);
    const known = synonyms.byKey.get(key) ?? { forms: [], glossary: [] };
    known.forms = distinct([...known.forms, ...forms]);
    if (glossary && !known.glossary.includes(glossary)) known.glossary.push(glossary);
    synonyms.byKey.set(key, known);
    synonyms.longest = Math.max(synonyms.longest, terms.length);
    if (glossary) {
      const singulars = terms.map(singular);
      synonyms.phrases.set(singulars[0]!, [...(synonyms.phrases.get(singulars[0]!) ?? []), { terms: singulars, slug: glossary.slug }]);
    }
  }
}

/** The synonyms of `content`: its glossary's forms among themselves, and each role's other titles to its title. */
export function buildSynonyms(content: Pick<Content, "glossary" | "roles">): Synonyms {
  const synonyms: Synonyms = { byKey: new Map(), longest: 0, phrases: new Map(), terms: new Set() };
  for (const term of content.glossary) {
    const forms = [term.name, ...term.abbreviations, ...term.spellings];
    const oneWord = forms.map((form) => queryParts(form)).filter((parts) => parts.length === 1);
    learn(synonyms, forms, [...oneWord.map((parts) => parts[0]!.term), named(term.slug)], term);
  }
  for (const role of content.roles) {
    // One way only: "Clinical Coder" must not find every page that says one of its other titles.
    learn(synonyms, role.alsoKnownAs.map((other) => other.title), [titled(role.title)]);
  }
  return synonyms;
}

/**
 * The slugs of the glossary terms that `texts` name, each in any of its forms, as a phrase (its words in order,
 * common words, capitals, punctuation and plurals aside): what a page's `glossary` field holds.
 */
export function glossaryUses(texts: readonly string[], synonyms: Synonyms): string[] {
  const used = new Set<string>();
  if (synonyms.phrases.size === 0) return [];
  for (const text of texts) {
    const terms = textTerms(text).map(singular);
    terms.forEach((term, start) => {
      for (const phrase of synonyms.phrases.get(term) ?? []) {
        if (phrase.terms.every((each, offset) => terms[start + offset] === each)) used.add(phrase.slug);
      }
    });
  }
  return [...used];
}

/** A query's terms with what they look for, the phrases the guide knows widened to their synonyms. */
export interface Expanded {
  /** What to look for, one node per phrase or term: a page must match all of them (or, failing that, any). */
  groups: QueryNode[];
  /** The glossary terms the query names, in the order it names them. */
  glossary: GlossaryTerm[];
}

/** The longest phrase the guide knows that starts at `start`, or else the one term there. */
function phraseAt(parts: readonly QueryPart[], start: number, synonyms: Synonyms): { length: number; known?: Known } {
  for (let length = Math.min(synonyms.longest, parts.length - start); length >= 1; length--) {
    const known = synonyms.byKey.get(phraseKey(parts.slice(start, start + length).map((part) => part.term)));
    if (known) return { length, known };
  }
  return { length: 1 };
}

/** The query's parts, each longest phrase the guide knows (left to right) looking for any of its forms. */
export function expand(parts: readonly QueryPart[], synonyms: Synonyms): Expanded {
  const groups: QueryNode[] = [];
  const glossary: GlossaryTerm[] = [];
  for (let start = 0; start < parts.length; ) {
    const { length, known } = phraseAt(parts, start, synonyms);
    const typed = all(parts.slice(start, start + length).map((part) => part.term));
    groups.push(known ? any([typed, ...known.forms]) : typed);
    for (const term of known?.glossary ?? []) if (!glossary.includes(term)) glossary.push(term);
    start += length;
  }
  return { groups, glossary };
}
