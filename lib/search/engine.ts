/**
 * Site search: one MiniSearch index over every industry and role, built from the validated content. Plain
 * functions, no React.
 */
import MiniSearch from "minisearch";
import { pageOfList, parsePageParam } from "../browse";
import type { Content } from "../content";
import { BOOST, FIELDS, industryDocument, roleDocument, TEXT_FIELDS, type SearchDocument } from "./documents";
import { queryParts } from "./query";
import { glossaryEntries, pickExamples, suggestionsFor, toResult, type Hit, type Matched } from "./results";
import { makeVocabulary, type Vocabulary } from "./suggest";
import { buildSynonyms, expand, GLOSSARY_FIELDS, glossaryUses } from "./synonyms";
import { indexTerms, indexWords, isUseful, normaliseQuery } from "./text";
import { RESULTS_PER_PAGE, type FoundRoles, type RoleMatch, type SearchEngine, type SearchOptions, type SearchResponse } from "./types";

function buildIndex(documents: readonly SearchDocument[], counts: Map<string, number>): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    storeFields: [],
    // The glossary fields hold slugs, as they are; the rest is text.
    tokenize: (text, field) => (GLOSSARY_FIELDS.includes(field!) ? text.split(" ").filter(Boolean) : indexWords(text)),
    // Each indexed word is counted as it goes in: the vocabulary that spelling suggestions come from.
    processTerm: (word, field) => {
      if (GLOSSARY_FIELDS.includes(field!)) return word;
      const terms = indexTerms(word);
      for (const term of terms ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
      return terms;
    },
    searchOptions: {
      // The glossary fields only where a query names a glossary term (synonyms.ts).
      fields: [...TEXT_FIELDS],
      boost: BOOST,
      // Queries arrive as trees of terms already processed by queryParts(); a term never holds a space.
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term,
      prefix: (term) => term.length >= 2,
      // Light: one typo in words of 6 to 9 letters, two in longer ones; none in short words ("coder" must not
      // find "codes") or in codes with digits ("icd10" must not find "icd11").
      fuzzy: (term) => (/\d/.test(term) || term.length < 6 ? false : term.length < 10 ? 1 : 2),
    },
  });
  index.addAll(documents);
  return index;
}

/**
 * Builds the index for `content`. Use `search()` in routes: it builds this once and reuses it.
 *
 * A search ranks every page that matches (the index's own scoring: that is what ranking needs), then makes
 * results, with their snippets and the words to highlight, only for the page of results shown. So a broad query
 * costs little more at 1,000 roles than at 4: the work that grows with the number of matches is the index's. The
 * synonyms (synonyms.ts) are built with the index, once, and the words it holds are counted as they go in: the
 * vocabulary of spelling suggestions (suggest.ts).
 */
export function createSearchEngine(content: Content): SearchEngine {
  const synonyms = buildSynonyms(content);
  const uses = (texts: readonly string[]) => glossaryUses(texts, synonyms);
  const documents = [
    ...content.industries.map((industry) => industryDocument(industry, uses)),
    ...content.roles.map((role) => roleDocument(role, content.industries, uses)),
  ];
  const byId = new Map(documents.map((document) => [document.id, document]));
  const counts = new Map<string, number>();
  const index = buildIndex(documents, counts);
  // Sorted by length for suggestions on the first search that finds nothing, not before: most processes never need it.
  let vocabulary: Vocabulary | undefined;
  const vocabularyOnce = () => (vocabulary ??= makeVocabulary(counts, synonyms.terms));
  const documentOf = (hit: Hit) => byId.get(String(hit.id));

  /** Every page with all the terms (each or one of its synonyms), best first; if none has them all, every page with any. */
  function match(value: unknown): Matched {
    const query = normaliseQuery(value);
    const parts = queryParts(query);
    if (parts.length === 0) return { query, parts, hits: [], matchedAllTerms: true, glossary: [] };
    const { groups, glossary } = expand(parts, synonyms);
    const all: Hit[] = index.search({ combineWith: "AND", queries: groups });
    if (all.length > 0 || groups.length === 1) return { query, parts, hits: all, matchedAllTerms: true, glossary };
    return { query, parts, hits: index.search({ combineWith: "OR", queries: groups }), matchedAllTerms: false, glossary };
  }

  function search(value: unknown, { page: pageParam, perPage = RESULTS_PER_PAGE }: SearchOptions = {}): SearchResponse {
    const { query, parts, hits, matchedAllTerms, glossary } = match(value);
    const page = pageOfList(hits.length, parsePageParam(pageParam), perPage);
    const shown = page.found ? hits.slice(page.start, page.end) : [];
    const typed = parts.flatMap((part) => part.typed).filter(isUseful);
    const results = shown.flatMap((hit) => {
      const document = documentOf(hit);
      return document ? [toResult(document, hit, typed)] : [];
    });
    const suggestions = hits.length === 0 && parts.length > 0 ? suggestionsFor(parts, { match, vocabulary: vocabularyOnce(), documentOf }) : undefined;
    return {
      query,
      terms: parts.map((part) => part.term),
      total: hits.length,
      page,
      results,
      matchedAllTerms,
      ...(glossary.length > 0 ? { glossary: glossaryEntries(glossary) } : {}),
      ...(suggestions ? { suggestions } : {}),
    };
  }

  function findRoles(value: unknown, limit: number): FoundRoles {
    const { query, hits } = match(value);
    const roles: RoleMatch[] = [];
    let total = 0;
    for (const hit of hits) {
      const document = documentOf(hit);
      if (document?.kind !== "role") continue;
      total++;
      if (roles.length < limit) {
        roles.push({ slug: document.slug, title: document.title, ...(document.industry ? { industry: document.industry } : {}) });
      }
    }
    return { query, total, roles };
  }

  return { search, findRoles, exampleSearches: pickExamples(content, match, documentOf), size: documents.length };
}
