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

/** A single letter, "&" and a single letter, spaced or not ("T & S"): written together ("T&S"), to be one word. */
const SPACED_AMPERSAND = /(?<![\p{L}\p{N}&])(\p{L})\s*&\s*(\p{L})(?![\p{L}\p{N}&])/gu;

/**
 * Words, keeping codes whole: hyphenated ones (ICD-10, OPCS-4) and a letter & a letter (T&S, A&E; the "&" between
 * longer words, as in "Trust & Safety", only separates them).
 */
const WORD = /(?<![\p{L}\p{N}&])\p{L}&\p{L}(?![\p{L}\p{N}&])|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Single letters each followed by a full stop, as in "G.D.P.R." or "N.H.S": written without them, as one word. */
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu;

export function words(text: string): string[] {
  return text
    .replace(DOTTED, (letters) => letters.replace(/\./g, ""))
    .replace(SPACED_AMPERSAND, "$1&$2")
    .match(WORD) ?? [];
}

/** A word as it is indexed and searched: compatibility forms folded, accents removed, lower case. */
export function fold(word: string): string {
  // Plain ASCII, most words, has nothing to fold but case.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Not empty, not a common word, not a single letter. */
export const isUseful = (term: string) =>
  term.length > 2 ? !STOP_WORDS.has(term) : term.length > 0 && !STOP_WORDS.has(term) && !/^\p{L}$/u.test(term);

/** A folded word without its hyphens: "icd-10", "icd10" and (joined, see joinsAsCode) "icd 10" are all "icd10". */
export const compact = (term: string) => term.replace(/-/g, "");

/**
 * The parts of a folded word between its hyphens worth indexing on their own ("icd-10": "icd" and "10"). Single
 * letters and common words are left out, so "t&s" has none.
 */
function wordParts(term: string): string[] {
  return term.includes("-") ? [...new Set(term.split("-").filter(isUseful))] : [];
}

/**
 * The terms a word is indexed under: itself without hyphens and, for a hyphenated word, its parts, so "ICD-10" is
 * indexed as "icd10", "icd" and "10", "ICD10" as "icd10", and "T&S" as "t&s".
 */
export function indexTerms(word: string): string[] | null {
  const folded = fold(word);
  if (!folded.includes("-")) return isUseful(folded) ? [folded] : null;
  const useful = [...new Set([compact(folded), ...wordParts(folded)])].filter(isUseful);
  return useful.length > 0 ? useful : null;
}

const LETTERS = /^\p{L}+$/u;
const DIGITS = /^\p{N}+$/u;

/** A word of letters then one of digits, "ICD 10" or "band 5": one code, as "ICD-10" would be. */
export const joinsAsCode = (word: string, next: string | undefined) =>
  next !== undefined && LETTERS.test(word) && DIGITS.test(next) && isUseful(word.toLowerCase());

/**
 * The words of a page as the index takes them: its words, and each code written as two ("ICD 10") once more as one
 * ("ICD10"), so that a query for "icd10", "ICD-10" or "ICD 10" finds it.
 */
export function indexWords(text: string): string[] {
  const found = words(text);
  const joined: string[] = [];
  found.forEach((word, index) => {
    if (joinsAsCode(word, found[index + 1])) joined.push(`${word}${found[index + 1]}`);
  });
  return joined.length > 0 ? [...found, ...joined] : found;
}
