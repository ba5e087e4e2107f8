/** A result's snippet: about thirty words of the page around its most telling match. */
import { termPattern } from "./highlight";

/** About how many words a result's snippet shows. */
const SNIPPET_WORDS = 30;
/** How many of those come before the match it is shown around (fewer if its sentence starts nearer). */
const SNIPPET_WORDS_BEFORE = 8;

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
