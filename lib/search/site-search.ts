/**
 * The search engine of the site's content, built on first use and reused by every request, and what the search
 * page and the compare chooser ask of it.
 */
import { askedByNumber } from "../browse";
import { getContent, type Content } from "../content";
import { browseIndustries, type BrowseIndustry } from "./browse-guide";
import { createSearchEngine } from "./engine";
import type { FoundRoles, SearchEngine, SearchOptions, SearchResponse } from "./types";

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
export function findRoles(value: unknown, limit: number): FoundRoles {
  return getSearchEngine().findRoles(value, limit);
}

/** The site's industries to browse, for the search page's help (see browseIndustries). */
export function browseGuide(): BrowseIndustry[] {
  return browseIndustries(getContent());
}

/** Example searches taken from the content, for the search page's help. */
export function exampleSearches(): string[] {
  return getSearchEngine().exampleSearches;
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

/** Everything the search page shows for its address. */
export interface SearchPage {
  response: SearchResponse;
  /** Example searches for the help before searching and after finding nothing. */
  examples: string[];
  /** The guide's industries to browse: only before searching and after finding nothing. */
  browse?: BrowseIndustry[];
}

/** The search page for `q` and `page` as the address gives them: the results, and help when there are none. */
export function getSearchPage(q: unknown, page: unknown): SearchPage {
  const response = search(q, { page });
  const helps = response.query === "" || response.total === 0;
  return { response, examples: exampleSearches(), ...(helps ? { browse: browseGuide() } : {}) };
}
