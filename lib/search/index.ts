import MiniSearch from "minisearch";
import type { Route } from "next";
import { getContent, type Content, type Industry, type Role } from "../content";
import { termPattern } from "./highlight";
import { askedByNumber, firstString, pageOfList, parsePageParam, type ListPage, type MissingPage } from "../browse";
import { industryPath, rolePath } from "../shared";

export { highlight, type Segment } from "./highlight";

/**
 * Site search: one MiniSearch index over every industry and role, built once per process from the validated
 * content and reused by every request. Plain functions, no React.
 */

/** Longest query, in characters, that is searched; longer input is cut to this. */
export const MAX_QUERY_LENGTH = 200;
/** Most distinct words of a query that are searched for. */
export const MAX_QUERY_TERMS = 12;
/** About how many words a result's snippet shows. */
const SNIPPET_WORDS = 30;
/** How many of those come before the match it is shown around (fewer if its sentence starts nearer). */
const SNIPPET_WORDS_BEFORE = 8;

export type SearchResultKind = "role" | "industry";

export interface SearchResult {
  kind: SearchResultKind;
  slug: string;
  url: Route;
  title: string;
  /** For a role, the name of its industry. */
  industry?: string;
  /** About 30 words of the summary or profile around a match, with "…" where it was cut. */
  snippet: string;
  /** The words to highlight: the query's words and the words of this page they matched. */
  terms: string[];
  score: number;
}

/** How many results a page of search results shows. */
export const RESULTS_PER_PAGE = 20;

export interface SearchResponse {
  /** The query as searched: trimmed, whitespace collapsed, control characters removed, capped. "" means no search. */
  query: string;
  /** The words searched for, after dropping common words such as "the". */
  terms: string[];
  /** How many pages match, on all pages of results. */
  total: number;
  /** The page of results asked for (`found`), or that there is no such page: then `results` is empty. */
  page: ListPage | MissingPage;
  /** The results on that page, best first, each with its snippet. Only these are given snippets. */
  results: SearchResult[];
  /**
   * True when every result contains all the words (or prefixes, or near spellings of them). False when no page
   * had them all and the results are pages with some of them.
   */
  matchedAllTerms: boolean;
}

export interface SearchOptions {
  /** The `page` search parameter as the address gives it (missing means the first page). */
  page?: unknown;
  /** Results a page: RESULTS_PER_PAGE unless given. */
  perPage?: number;
}

/** A role that a search finds, without a snippet: for lists of roles to choose from. */
export interface RoleMatch {
  slug: string;
  title: string;
  /** The name of its industry. */
  industry?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Text

/** Control characters (NUL, escape, tabs, new lines…): each separates words, like a space. */
const CONTROL = /\p{Cc}/gu;
/** Invisible characters: format (zero-width, bidi overrides), lone surrogates, private use, unassigned. */
const INVISIBLE = /[\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

/**
 * The query as it is searched and shown: the first string if there are several, control and invisible
 * characters removed, whitespace collapsed, trimmed and cut to MAX_QUERY_LENGTH characters. Anything that is
 * not a string becomes "" (no search).
 */
export function normaliseQuery(value: unknown): string {
  const raw = firstString(value);
  if (raw === undefined) return "";
  // Cut very long input early (with room for what the clean-up removes), so no work grows with its length.
  const cleaned = raw
    .slice(0, MAX_QUERY_LENGTH * 8)
    .replace(CONTROL, " ")
    .replace(INVISIBLE, "")
    .normalize("NFKC")
    .replace(CONTROL, " ")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

/** The text of sanitized HTML from lib/content: tags removed (block ends become spaces), entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/?(?:p|li|ul|ol|h[1-6]|br|blockquote|pre|div|table|tr|td|th|hr)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Common words left out of the index and of queries, so "what does a clinical coder do" still finds the
 * Clinical Coder. "it" is deliberately absent: the content uses IT for information technology.
 */
const STOP_WORDS = new Set(
  "a an and are as at be by do does for from how in into is of on or the their this to what which who with".split(" "),
);

/** Words, keeping hyphenated codes such as ICD-10 and OPCS-4 whole. */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word as it is indexed and searched: compatibility forms folded, accents removed, lower case. */
function fold(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const isUseful = (term: string) => term.length > 0 && !STOP_WORDS.has(term) && !/^\p{L}$/u.test(term);

/** The terms a word is indexed under: "icd-10" is indexed as itself and as "icd" and "10". */
function indexTerms(word: string): string[] | null {
  const term = fold(word);
  const terms = term.includes("-") ? [term, ...term.split("-")] : [term];
  const useful = terms.filter(isUseful);
  return useful.length > 0 ? useful : null;
}

/** The distinct words a (normalised) query searches for, in order, at most MAX_QUERY_TERMS of them. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query).map(fold).filter(isUseful))].slice(0, MAX_QUERY_TERMS);
}

// ---------------------------------------------------------------------------------------------------------
// Documents

interface SearchDocument {
  id: string;
  kind: SearchResultKind;
  slug: string;
  title: string;
  industry?: string;
  summary: string;
  body: string;
  /** Listed facts: skills, standards, qualifications (names and abbreviations), specialisms, workplaces. */
  facts: string;
}

const FIELDS = ["title", "facts", "summary", "body"] as const;

/** Title first, then the listed facts, then the summary, then the body. */
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 5, facts: 2.5, summary: 1.5, body: 1 };

function roleDocument(role: Role, industries: Industry[]): SearchDocument {
  const industry = industries.find((candidate) => candidate.slug === role.industry);
  const pathsIn = industry?.pathPatterns.filter((pattern) => pattern.to === role.slug) ?? [];
  return {
    id: `role:${role.slug}`,
    kind: "role",
    slug: role.slug,
    title: role.title,
    industry: industry?.name,
    summary: role.summary,
    body: [
      ...role.sections.map((section) => htmlToText(section.html)),
      ...pathsIn.map((pattern) => `${pattern.from}. ${pattern.description}`),
    ].join(" "),
    facts: [
      ...role.skills,
      ...role.standards.map((standard) => standard.name),
      ...role.qualifications.flatMap((q) => (q.abbreviation ? [q.name, q.abbreviation] : [q.name])),
      ...role.specialisms,
      ...role.workplaces,
    ].join(". "),
  };
}

function industryDocument(industry: Industry): SearchDocument {
  return {
    id: `industry:${industry.slug}`,
    kind: "industry",
    slug: industry.slug,
    title: industry.name,
    summary: industry.summary,
    body: [
      htmlToText(industry.bigPictureHtml),
      ...industry.pathPatterns.map((pattern) => `${pattern.from}. ${pattern.description}`),
    ].join(" "),
    facts: "",
  };
}

// ---------------------------------------------------------------------------------------------------------
// Snippets

/**
 * About SNIPPET_WORDS words of a page around a match, from its prose (summary, then body) or, if only they
 * match, its listed facts. Of the places with a match, the first whose window shows the most telling matches
 * wins: a word that is rare on the page counts for more than a common one (for "clinical sql", the sentence with
 * SQL beats one more "clinical"). With no match at all, the start of the prose.
 */
export function makeSnippet(prose: readonly string[], terms: readonly string[], facts = ""): string {
  const pattern = termPattern(terms);
  const proseWords = prose.map(splitWords).filter((all) => all.length > 0);
  const best = (pattern && (bestWindow(proseWords, pattern) ?? bestWindow([splitWords(facts)], pattern))) || {
    all: proseWords[0] ?? [],
    first: 0,
  };
  return excerpt(best.all, best.first);
}

const splitWords = (text: string) => text.split(/\s+/).filter(Boolean);

function bestWindow(sources: string[][], pattern: RegExp): { all: string[]; first: number } | undefined {
  const matches = sources.map((all) => all.map((word) => (word.match(pattern) ?? []).map((form) => form.toLowerCase())));
  const frequency = new Map<string, number>();
  for (const form of matches.flat(2)) frequency.set(form, (frequency.get(form) ?? 0) + 1);

  let best: { all: string[]; first: number; score: number } | undefined;
  sources.forEach((all, source) => {
    matches[source]!.forEach((forms, first) => {
      if (forms.length === 0) return;
      const start = windowStart(all, first);
      const shown = new Set(matches[source]!.slice(start, start + SNIPPET_WORDS).flat());
      const score = [...shown].reduce((sum, form) => sum + 1 / frequency.get(form)!, 0);
      if (!best || score > best.score + 1e-9) best = { all, first, score };
    });
  });
  return best;
}

/** Where a snippet around word `first` starts: a few words before it, or at its sentence's start if nearer. */
function windowStart(all: string[], first: number): number {
  const earliest = Math.max(0, first - SNIPPET_WORDS_BEFORE);
  for (let index = first - 1; index >= earliest; index--) {
    if (/[.!?]$/.test(all[index]!)) return index + 1;
  }
  return earliest;
}

/** About SNIPPET_WORDS words of `all` around word `first`, with "…" where the text was cut. */
function excerpt(all: string[], first: number): string {
  const start = windowStart(all, first);
  const end = Math.min(all.length, start + SNIPPET_WORDS);
  return `${start > 0 ? "… " : ""}${all.slice(start, end).join(" ")}${end < all.length ? " …" : ""}`;
}

// ---------------------------------------------------------------------------------------------------------
// The index

export interface SearchEngine {
  /** Searches, and gives the page of results asked for (the first unless `options.page` says otherwise). */
  search(query: unknown, options?: SearchOptions): SearchResponse;
  /** The roles a query finds, best first: the first `limit` of them, and how many there are in all. */
  findRoles(query: unknown, limit: number): { query: string; total: number; roles: RoleMatch[] };
  /** A few searches taken from the content (skills, codes, specialisms) that each find something. */
  exampleSearches: string[];
  /** How many pages are indexed. */
  size: number;
}

/** A page the index found: which one, how well it matched, and the words of the query and of the page it matched. */
interface Hit {
  id: string | number;
  score: number;
  terms: string[];
  queryTerms: string[];
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

  /** Every page with all the words, best first; if none has them all, every page with any of them. */
  function match(value: unknown): { query: string; terms: string[]; hits: Hit[]; matchedAllTerms: boolean } {
    const query = normaliseQuery(value);
    const terms = queryTerms(query);
    if (terms.length === 0) return { query, terms, hits: [], matchedAllTerms: true };
    const all: Hit[] = index.search(terms.join(" "), { combineWith: "AND" });
    if (all.length > 0 || terms.length === 1) return { query, terms, hits: all, matchedAllTerms: true };
    return { query, terms, hits: index.search(terms.join(" "), { combineWith: "OR" }), matchedAllTerms: false };
  }

  function result(hit: Hit): SearchResult[] {
    const document = byId.get(String(hit.id));
    if (!document) return [];
    const matched = [...new Set([...hit.queryTerms, ...hit.terms])];
    return [
      {
        kind: document.kind,
        slug: document.slug,
        url: document.kind === "role" ? rolePath(document.slug) : industryPath(document.slug),
        title: document.title,
        ...(document.industry ? { industry: document.industry } : {}),
        snippet: makeSnippet([document.summary, document.body], matched, document.facts),
        terms: matched,
        score: hit.score,
      },
    ];
  }

  function search(value: unknown, { page: pageParam, perPage = RESULTS_PER_PAGE }: SearchOptions = {}): SearchResponse {
    const { query, terms, hits, matchedAllTerms } = match(value);
    const page = pageOfList(hits.length, parsePageParam(pageParam), perPage);
    const results = page.found ? hits.slice(page.start, page.end).flatMap(result) : [];
    return { query, terms, total: hits.length, page, results, matchedAllTerms };
  }

  function findRoles(value: unknown, limit: number): { query: string; total: number; roles: RoleMatch[] } {
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

/** Up to this many roles, the search page's "Browse the guide" lists every role; above it, only the industries. */
export const BROWSE_EVERY_ROLE_MAX = 50;

export interface BrowseIndustry {
  name: string;
  href: Route;
  /** How many roles the industry has. */
  roleCount: number;
  /** Its roles, for a small guide; left out when the guide is too big to list every role on one page. */
  roles?: { title: string; href: Route }[];
}

/**
 * Where to go when a search finds nothing (or before searching): every industry, with its roles when the guide
 * has at most BROWSE_EVERY_ROLE_MAX of them, and with how many it has otherwise, so the page stays small.
 */
export function browseIndustries(content: Content): BrowseIndustry[] {
  const everyRole = content.roles.length <= BROWSE_EVERY_ROLE_MAX;
  const bySlug = new Map(content.roles.map((role) => [role.slug, role]));
  return content.industries.map((industry) => {
    const roles = industry.roles.flatMap((slug) => {
      const role = bySlug.get(slug);
      return role ? [{ title: role.title, href: rolePath(role.slug) }] : [];
    });
    return {
      name: industry.name,
      href: industryPath(industry.slug),
      roleCount: roles.length,
      ...(everyRole ? { roles } : {}),
    };
  });
}

let memo: { content: Content; engine: SearchEngine } | undefined;

/**
 * The search engine for the site's content, built on first use and then reused for every request. It is rebuilt
 * only if the content object changes, which happens in development only (where lib/content re-reads the files
 * so edits show at once); in production the content, and so the index, is built once per process.
 */
export function getSearchEngine(): SearchEngine {
  const content = getContent();
  if (memo?.content !== content) memo = { content, engine: createSearchEngine(content) };
  return memo.engine;
}

/** Searches the site. `value` may be anything a query string gives (a string, a list, nothing); so may `options.page`. */
export function search(value: unknown, options?: SearchOptions): SearchResponse {
  return getSearchEngine().search(value, options);
}

/** The roles a query finds, best first: the first `limit`, and how many in all (the compare chooser's search). */
export function findRoles(value: unknown, limit: number): { query: string; total: number; roles: RoleMatch[] } {
  return getSearchEngine().findRoles(value, limit);
}

/** The site's industries to browse, for the search page's help (see browseIndustries). */
export function browseGuide(): BrowseIndustry[] {
  return browseIndustries(getContent());
}

/**
 * The search page's title: "Search" before searching, else "Search results for "data"", with "(page 2 of 5)" on a
 * later page of several, or ": there is no page 999" for a page the results do not have.
 */
export function searchTitle({ query, total, page }: Pick<SearchResponse, "query" | "total" | "page">): string {
  if (!query) return "Search";
  const base = `Search results for "${query}"`;
  if (total === 0) return base;
  if (!page.found) return `${base}: there is no page ${askedByNumber(page) ? page.asked : `"${page.asked}"`}`;
  return page.pageCount > 1 ? `${base} (page ${page.page} of ${page.pageCount})` : base;
}

/** Example searches taken from the content, for the search page's help. */
export function exampleSearches(): string[] {
  return getSearchEngine().exampleSearches;
}
export * from "./highlight";
