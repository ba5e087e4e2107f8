/** What a search gives: its results, a page at a time, and the roles it finds for the compare chooser. */
import type { Route } from "next";
import type { ListPage, MissingPage } from "../browse";

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
  /** The glossary's entries for the terms the query names ("HES", "icd10"), at most MAX_GLOSSARY_ENTRIES. */
  glossary?: SearchGlossaryEntry[];
  /** For a search that found nothing: what the reader may have meant, if anything in the guide is near. */
  suggestions?: SearchSuggestions;
}

/** How many glossary entries a search offers at most. */
export const MAX_GLOSSARY_ENTRIES = 3;

/** A glossary term as a search offers it, with the address of its entry (/glossary#hes). */
export interface SearchGlossaryEntry {
  slug: string;
  name: string;
  abbreviations: string[];
  definition: string;
  url: Route;
}

/** What a search that found nothing suggests instead. */
export interface SearchSuggestions {
  /** Searches to try: the query spelt as the guide spells its words ("clinical coder" for "clinicle codr"). */
  terms: string[];
  /** The roles the first of those finds, best first (at most three). */
  roles: { title: string; url: Route; industry?: string }[];
  /** The glossary's entries for the terms it names. */
  glossary: SearchGlossaryEntry[];
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

/** The roles a query finds, best first: the first ones asked for, and how many there are in all. */
export interface FoundRoles {
  query: string;
  total: number;
  roles: RoleMatch[];
}

export interface SearchEngine {
  /** Searches, and gives the page of results asked for (the first unless `options.page` says otherwise). */
  search(query: unknown, options?: SearchOptions): SearchResponse;
  /** The roles a query finds, best first: the first `limit` of them, and how many there are in all. */
  findRoles(query: unknown, limit: number): FoundRoles;
  /** A few searches taken from the content (skills, codes, specialisms) that each find something. */
  exampleSearches: string[];
  /** How many pages are indexed. */
  size: number;
}
