/**
 * The words of a query and of a page, as the index stores them and a search looks them up: the query cleaned
 * up, HTML turned into text, common words left out, accents and case folded. Pure, no index.
 */
import { firstString } from "../browse";

/** Longest query, in characters, that is searched; longer input is cut to this. */
export const MAX_QUERY_LENGTH = 200;
/** Most distinct words of a query that are searched for. */
export const MAX_QUERY_TERMS = 12;

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

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word as it is indexed and searched: compatibility forms folded, accents removed, lower case. */
function fold(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const isUseful = (term: string) => term.length > 0 && !STOP_WORDS.has(term) && !/^\p{L}$/u.test(term);

/** The terms a word is indexed under: "icd-10" is indexed as itself and as "icd" and "10". */
export function indexTerms(word: string): string[] | null {
  const term = fold(word);
  const terms = term.includes("-") ? [term, ...term.split("-")] : [term];
  const useful = terms.filter(isUseful);
  return useful.length > 0 ? useful : null;
}

/** The distinct words a (normalised) query searches for, in order, at most MAX_QUERY_TERMS of them. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query).map(fold).filter(isUseful))].slice(0, MAX_QUERY_TERMS);
}
