/**
 * Site search: one MiniSearch index over every industry and role, built once per process from the validated
 * content and reused by every request. Plain functions, no React.
 *
 * - text: the query cleaned up, and the words of queries and pages as the index stores them;
 * - documents and engine: the index, and ranking a query's matches a page at a time;
 * - snippet and highlight: the words shown around a match, and the matches marked;
 * - browse-guide: the industries to browse when a search finds nothing;
 * - site-search: the site's own engine, and the search page's title and content.
 */
export { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, htmlToText, normaliseQuery, queryTerms } from "./text";
export { makeSnippet } from "./snippet";
export * from "./highlight";
export * from "./types";
export { createSearchEngine } from "./engine";
export * from "./browse-guide";
export * from "./site-search";
