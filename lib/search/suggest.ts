/**
 * Spelling for a search that found nothing: each word of the query replaced by the nearest word the guide itself
 * uses (the words of its index and of its glossary), by Damerau-Levenshtein distance. The vocabulary is built once
 * per engine and kept by length, so a suggestion compares a word only with words of about its length.
 */

/** The words the guide uses, by length, each with how often the index holds it. */
export interface Vocabulary {
  known: ReadonlySet<string>;
  byLength: ReadonlyMap<number, readonly { word: string; count: number }[]>;
}

/** Shortest query word a spelling is suggested for: two letters are too few to guess from. */
const SHORTEST = 3;

/** The vocabulary of the index's terms (with their counts) and of `more` words; numbers are never suggested. */
export function makeVocabulary(counts: ReadonlyMap<string, number>, more: Iterable<string> = []): Vocabulary {
  const all = new Map(counts);
  for (const word of more) all.set(word, all.get(word) ?? 0);
  const byLength = new Map<number, { word: string; count: number }[]>();
  for (const [word, count] of all) {
    if (/^\p{N}+$/u.test(word)) continue;
    const list = byLength.get(word.length) ?? [];
    list.push({ word, count });
    byLength.set(word.length, list);
  }
  return { known: new Set(all.keys()), byLength };
}

/** Edits forgiven: one in a word of up to four letters, two in one of up to eight, three in a longer one. */
export const allowedEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps of
 * two neighbouring letters) between `a` and `b`, or `max + 1` as soon as it is known to be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      least = Math.min(least, value);
    }
    if (least > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, max + 1);
}

interface Candidate {
  word: string;
  distance: number;
  sameStart: boolean;
  count: number;
}

/** Nearer first; then one that starts with the same letter; then the more common; then A to Z. */
const better = (a: Candidate, b: Candidate) =>
  a.distance !== b.distance
    ? a.distance < b.distance
    : a.sameStart !== b.sameStart
      ? a.sameStart
      : a.count !== b.count
        ? a.count > b.count
        : a.word < b.word;

/**
 * The words of the vocabulary nearest to `term` (all at the one least distance within allowedEdits, the likeliest
 * first, at most `limit`); `[term]` if the guide uses it; none if none is near, or the term is a number or too short
 * to guess from.
 */
export function nearestWords(term: string, vocabulary: Vocabulary, limit = 3): string[] {
  if (vocabulary.known.has(term)) return [term];
  if (term.length < SHORTEST || /^\p{N}+$/u.test(term)) return [];
  const max = allowedEdits(term.length);
  const found: Candidate[] = [];
  for (let length = term.length - max; length <= term.length + max; length++) {
    for (const { word, count } of vocabulary.byLength.get(length) ?? []) {
      const distance = editDistance(term, word, max);
      if (distance <= max) found.push({ word, distance, sameStart: word[0] === term[0], count });
    }
  }
  const least = Math.min(...found.map((candidate) => candidate.distance));
  return found
    .filter((candidate) => candidate.distance === least)
    .sort((a, b) => (better(a, b) ? -1 : 1))
    .slice(0, limit)
    .map((candidate) => candidate.word);
}

/**
 * The query with each term spelt as the guide spells it, or undefined if no term could be put right. Where a term
 * has several nearest words, the one that makes the best match with the terms chosen before it wins: `score` says
 * how well a list of terms matches (0 for not at all), so "clinicle codr" becomes "clinical coder", not "clinical
 * code". A term nothing is near is left out.
 */
export function respell(terms: readonly string[], vocabulary: Vocabulary, score: (terms: string[]) => number): string | undefined {
  const chosen: string[] = [];
  let changed = false;
  for (const term of terms) {
    const options = nearestWords(term, vocabulary);
    if (options.length === 0) continue;
    const scored = options.map((word) => ({ word, score: options.length > 1 ? score([...chosen, word]) : 1 }));
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    chosen.push(best.word);
    changed ||= best.word !== term;
  }
  return changed && chosen.length > 0 ? chosen.join(" ") : undefined;
}
