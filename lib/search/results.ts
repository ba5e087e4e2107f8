/**
 * What a search gives back besides its ranking: a result's snippet and words to highlight, the glossary's entries,
 * suggestions for a search that found nothing, and the example searches. Plain functions of what the engine found.
 */
import type { Content } from "../content";
import { glossaryPath, industryPath, rolePath } from "../shared";
import type { SearchDocument } from "./documents";
import type { QueryPart } from "./query";
import { makeSnippet } from "./snippet";
import { respell, type Vocabulary } from "./suggest";
import { GLOSSARY_FIELDS, type GlossaryTerm } from "./synonyms";
import { MAX_GLOSSARY_ENTRIES, RESULTS_PER_PAGE, type SearchGlossaryEntry, type SearchResult, type SearchSuggestions } from "./types";

/** A page the index found: which one, how well it matched, and the words of the page it matched, in which fields. */
export interface Hit {
  id: string | number;
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

/** What a query matched: the pages, best first, and the query's terms and the glossary terms it names. */
export interface Matched {
  query: string;
  parts: QueryPart[];
  hits: Hit[];
  /** False when no page had every term and `hits` are the pages with some. */
  matchedAllTerms: boolean;
  glossary: GlossaryTerm[];
}

/**
 * A result for the page of results shown: what the page is, its snippet and the words to highlight (the words
 * typed, and those of the page's text they matched: not the glossary slugs a page was found by, which are no words).
 */
export function toResult(document: SearchDocument, hit: Hit, typed: readonly string[]): SearchResult {
  const inText = hit.terms.filter((term) => hit.match[term]?.some((field) => !GLOSSARY_FIELDS.includes(field)));
  const matched = [...new Set([...typed, ...inText])];
  return {
    kind: document.kind,
    slug: document.slug,
    url: document.kind === "role" ? rolePath(document.slug) : industryPath(document.slug),
    title: document.title,
    ...(document.industry ? { industry: document.industry } : {}),
    snippet: makeSnippet([document.summary, document.body], matched, document.facts),
    terms: matched,
    score: hit.score,
  };
}

/** The glossary's entries for the first MAX_GLOSSARY_ENTRIES terms, with the address of each. */
export const glossaryEntries = (terms: readonly GlossaryTerm[]): SearchGlossaryEntry[] =>
  terms.slice(0, MAX_GLOSSARY_ENTRIES).map((term) => ({
    slug: term.slug,
    name: term.name,
    abbreviations: term.abbreviations,
    definition: term.definition,
    url: glossaryPath(term.slug),
  }));

/** What suggesting needs of the engine. */
export interface Suggesting {
  match: (query: string) => Matched;
  vocabulary: Vocabulary;
  documentOf: (hit: Hit) => SearchDocument | undefined;
}

/**
 * For a search that found nothing: the query spelt as the guide spells its words (each the nearest, and where
 * several are as near, the one that matches best with the others), the glossary terms that names and the roles it
 * finds. Undefined when nothing in the guide is near.
 */
export function suggestionsFor(parts: readonly QueryPart[], { match, vocabulary, documentOf }: Suggesting): SearchSuggestions | undefined {
  const score = (terms: string[]) => {
    const found = match(terms.join(" "));
    return found.matchedAllTerms ? (found.hits[0]?.score ?? 0) : 0;
  };
  const respelled = respell(parts.map((part) => part.term), vocabulary, score);
  const found = respelled === undefined ? undefined : match(respelled);
  if (!found || (found.hits.length === 0 && found.glossary.length === 0)) return undefined;
  const glossary = glossaryEntries(found.glossary);
  const named = glossary.map((term) => term.abbreviations[0] ?? term.name);
  const roles = found.hits.flatMap((hit) => {
    const document = documentOf(hit);
    if (document?.kind !== "role") return [];
    return [{ title: document.title, url: rolePath(document.slug), ...(document.industry ? { industry: document.industry } : {}) }];
  });
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return {
    terms: [found.query, ...named.filter((name) => !same(name, found.query))].slice(0, 3),
    roles: roles.slice(0, 3),
    glossary,
  };
}

/**
 * One short listed fact per role (its shortest code, skill or specialism of one to three words), kept only if
 * searching for it finds that role on the first page of results. Taken from the content, so the examples are
 * always real.
 */
export function pickExamples(content: Content, match: (query: string) => Matched, documentOf: Suggesting["documentOf"], count = 4): string[] {
  const findsRole = (fact: string, slug: string) =>
    match(fact)
      .hits.slice(0, RESULTS_PER_PAGE)
      .some((hit) => {
        const document = documentOf(hit);
        return document?.kind === "role" && document.slug === slug;
      });
  const examples: string[] = [];
  for (const role of content.roles) {
    const candidates = [...role.standards.map((standard) => standard.name), ...role.skills, ...role.specialisms]
      .filter((fact) => /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u.test(fact) && fact.split(" ").length <= 3 && fact.length <= 24)
      .sort((a, b) => a.length - b.length);
    const example = candidates.find((fact) => !examples.includes(fact) && findsRole(fact, role.slug));
    if (example) examples.push(example);
    if (examples.length === count) break;
  }
  return examples;
}
