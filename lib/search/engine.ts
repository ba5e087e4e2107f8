/**
 * Site search: one MiniSearch index over every industry and role, built from the validated content. Plain
 * functions, no React.
 */
import MiniSearch from "minisearch";
import { pageOfList, parsePageParam } from "../browse";
import type { Content } from "../content";
import { industryPath, rolePath } from "../shared";
import { BOOST, FIELDS, industryDocument, roleDocument, type SearchDocument } from "./documents";
import { makeSnippet } from "./snippet";
import { indexTerms, normaliseQuery, queryTerms, words } from "./text";
import { RESULTS_PER_PAGE, type FoundRoles, type RoleMatch, type SearchEngine, type SearchOptions, type SearchResponse, type SearchResult } from "./types";

/** A page the index found: which one, how well it matched, and the words of the query and of the page it matched. */
interface Hit {
  id: string | number;
  score: number;
  terms: string[];
  queryTerms: string[];
}

function buildIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize: words,
    processTerm: indexTerms,
    searchOptions: {
      boost: BOOST,
      // Queries arrive as terms already processed by queryTerms(), joined by spaces.
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term,
      prefix: (term) => term.length >= 2,
      // Light: one typo in words of 6 to 9 letters, two in longer ones; none in short words ("coder" must not
      // find "codes") or in codes with digits ("icd-10" must not find "icd-11").
      fuzzy: (term) => (/\d/.test(term) || term.length < 6 ? false : term.length < 10 ? 1 : 2),
    },
  });
  index.addAll(documents);
  return index;
}

/** A result for the page of results shown: what the page is, its snippet and the words to highlight. */
function toResult(document: SearchDocument, hit: Hit): SearchResult {
  const matched = [...new Set([...hit.queryTerms, ...hit.terms])];
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

/**
 * Builds the index for `content`. Use `search()` in routes: it builds this once and reuses it.
 *
 * A search ranks every page that matches (the index's own scoring: that is what ranking needs), then makes
 * results, with their snippets and the words to highlight, only for the page of results shown. So a broad query
 * costs little more at 1,000 roles than at 4: the work that grows with the number of matches is the index's.
 */
export function createSearchEngine(content: Content): SearchEngine {
  const documents = [
    ...content.industries.map(industryDocument),
    ...content.roles.map((role) => roleDocument(role, content.industries)),
  ];
  const byId = new Map(documents.map((document) => [document.id, document]));
  const index = buildIndex(documents);

  /** Every page with all the words, best first; if none has them all, every page with any of them. */
  function match(value: unknown): { query: string; terms: string[]; hits: Hit[]; matchedAllTerms: boolean } {
    const query = normaliseQuery(value);
    const terms = queryTerms(query);
    if (terms.length === 0) return { query, terms, hits: [], matchedAllTerms: true };
    const all: Hit[] = index.search(terms.join(" "), { combineWith: "AND" });
    if (all.length > 0 || terms.length === 1) return { query, terms, hits: all, matchedAllTerms: true };
    return { query, terms, hits: index.search(terms.join(" "), { combineWith: "OR" }), matchedAllTerms: false };
  }

  function search(value: unknown, { page: pageParam, perPage = RESULTS_PER_PAGE }: SearchOptions = {}): SearchResponse {
    const { query, terms, hits, matchedAllTerms } = match(value);
    const page = pageOfList(hits.length, parsePageParam(pageParam), perPage);
    const shown = page.found ? hits.slice(page.start, page.end) : [];
    const results = shown.flatMap((hit) => {
      const document = byId.get(String(hit.id));
      return document ? [toResult(document, hit)] : [];
    });
    return { query, terms, total: hits.length, page, results, matchedAllTerms };
  }

  function findRoles(value: unknown, limit: number): FoundRoles {
    const { query, hits } = match(value);
    const roles: RoleMatch[] = [];
    let total = 0;
    for (const hit of hits) {
      const document = byId.get(String(hit.id));
      if (document?.kind !== "role") continue;
      total++;
      if (roles.length < limit) {
        roles.push({ slug: document.slug, title: document.title, ...(document.industry ? { industry: document.industry } : {}) });
      }
    }
    return { query, total, roles };
  }

  return { search, findRoles, exampleSearches: pickExamples(content, search), size: documents.length };
}

/**
 * One short listed fact per role (its shortest code, skill or specialism of one to three words), kept only if
 * searching for it finds that role. Taken from the content, so the examples are always real.
 */
function pickExamples(content: Content, search: (query: string) => SearchResponse, count = 4): string[] {
  const examples: string[] = [];
  for (const role of content.roles) {
    const candidates = [...role.standards.map((standard) => standard.name), ...role.skills, ...role.specialisms]
      .filter((fact) => /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u.test(fact) && fact.split(" ").length <= 3 && fact.length <= 24)
      .sort((a, b) => a.length - b.length);
    const example = candidates.find(
      (fact) =>
        !examples.includes(fact) &&
        search(fact).results.some((result) => result.kind === "role" && result.slug === role.slug),
    );
    if (example) examples.push(example);
    if (examples.length === count) break;
  }
  return examples;
}
