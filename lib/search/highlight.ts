/**
 * Highlighting search terms in text, without ever building HTML: the text is split into segments and the
 * component renders matching ones in <mark>, so React escapes everything. Pure and dependency-free, so
 * components can use it without pulling in the content loader.
 */

export interface Segment {
  text: string;
  /** True where the text is a word that starts with one of the terms. */
  match: boolean;
}

/** Escapes the characters that are special in a regular expression outside a character class (in "u" mode). */
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A term as a pattern: as search matches codes, whatever their punctuation, "icd10" is found written with a hyphen
 * or a space between its letters and its digits ("ICD-10", "ICD 10"), and "t&s" with spaces around its "&".
 */
const termSource = (term: string) =>
  escapeRegExp(term)
    .replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, "[-\\s]?")
    .replace(/&/g, "\\s*&\\s*");

/**
 * A pattern matching words that start with any of `terms` (case-insensitive): from the term to the end of its
 * word, and only at the start of a word. Longer terms are tried first, so "icd10" wins over "icd".
 * Undefined when there is nothing to match.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const unique = [...new Set(terms.map((term) => term.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(termSource).join("|")})[\\p{L}\\p{N}]*`, "giu");
}

/** Splits `text` into segments, marking the words that start with one of `terms`. Joined, they give back `text`. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const pattern = termPattern(terms);
  if (!pattern || text === "") return text === "" ? [] : [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
