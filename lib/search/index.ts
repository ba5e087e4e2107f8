/**
 * Site search: one MiniSearch index over every industry and role, built once per process from the validated
 * content and reused by every request. Plain functions, no React.
 *
 * - text and query: the query cleaned up, and the words of queries and pages as the index stores them, codes
 *   whatever their punctuation ("icd10", "ICD-10", "ICD 10");
 * - synonyms: the glossary's abbreviations and spellings and the roles' other titles, which widen a query;
 * - documents and engine: the index, and ranking a query's matches a page at a time;
 * - results and suggest: results, glossary entries, and spelling suggestions for a search that found nothing;
 * - snippet and highlight: the words shown around a match, and the matches marked;
 * - browse-guide: the industries to browse when a search finds nothing;
 * - site-search: the site's own engine, and the search page's title and content.
 */
export { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, htmlToText, indexTerms, indexWords, normaliseQuery, words } from "./text";
export { queryParts, queryTerms, type QueryNode, type QueryPart } from "./query";
export { buildSynonyms, expand, phraseKey, type Expanded, type Synonyms } from "./synonyms";
export { allowedEdits, editDistance, makeVocabulary, nearestWords, respell, type Vocabulary } from "./suggest";
export { makeSnippet } from "./snippet";
export * from "./highlight";
export * from "./types";
export { createSearchEngine } from "./engine";
export * from "./browse-guide";
export * from "./site-search";
