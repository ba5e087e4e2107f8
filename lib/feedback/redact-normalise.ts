import type { Span } from "./redact-spans";

/**
 * The copy of a reader's text that lib/feedback/redact.ts looks for personal details in, so that a detail is
 * found however it was pasted, and a way back from a span of the copy to the span of the original text that
 * produced it, so that the detail is removed whole (with any zero-width space inside it) and nothing else moves.
 *
 * The copy is the text with:
 * - each character, with the combining marks that follow it, in NFKC form: fullwidth digits, letters, "＠" and
 *   "．" become their ASCII forms, ligatures are split;
 * - format characters (Unicode category Cf: zero-width spaces, soft hyphens, word joiners, direction marks…)
 *   removed, except that where they stand between a letter and a digit they become a space, so that a word and a
 *   number they separated are not read as one;
 * - any Unicode space (category Zs: no-break, narrow no-break, thin, ideographic…) and tab as a space;
 * - any Unicode dash (category Pd: hyphen, non-breaking hyphen, en and em dashes…) and the minus sign as "-".
 *
 * Line breaks are kept as they are: details are not looked for across lines.
 */
export interface Normalised {
  /** The copy to look for details in. */
  text: string;
  /** The span of the original text that produced `span` of the copy. */
  original(span: Span): Span;
}

/** A character with the combining marks that follow it (or marks with nothing before them). */
const CHUNK = /\P{M}\p{M}*|\p{M}+/gsu;
const FORMAT = /\p{Cf}/gu;
const SPACE = /[\p{Zs}\t]/gu;
const DASH = /[\p{Pd}\u2212]/gu;
const LETTER_END = /\p{L}$/u;
const DIGIT_END = /\p{N}$/u;
const LETTER_START = /^\p{L}/u;
const DIGIT_START = /^\p{N}/u;

export function normalise(input: string): Normalised {
  let text = "";
  // For each UTF-16 unit of the copy, where the original text that produced it starts and ends.
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (piece: string, start: number, end: number) => {
    text += piece;
    for (let i = 0; i < piece.length; i++) {
      starts.push(start);
      ends.push(end);
    }
  };
  // Format characters removed since the last character kept, from `gap` to the chunk that follows them.
  let gap: number | null = null;
  let last = "";
  for (const chunk of input.matchAll(CHUNK)) {
    const start = chunk.index;
    const end = start + chunk[0].length;
    const piece = chunk[0].normalize("NFKC").replace(FORMAT, "").replace(SPACE, " ").replace(DASH, "-");
    if (piece === "") {
      gap ??= start;
      continue;
    }
    if (gap !== null && separatesLetterFromDigit(last, piece)) emit(" ", gap, start);
    gap = null;
    emit(piece, start, end);
    last = piece;
  }
  return {
    text,
    original: (span) => ({ start: starts[span.start]!, end: ends[span.end - 1]! }),
  };
}

/** Whether `before` ends with a letter and `after` starts with a digit, or the other way round. */
function separatesLetterFromDigit(before: string, after: string): boolean {
  return (LETTER_END.test(before) && DIGIT_START.test(after)) || (DIGIT_END.test(before) && LETTER_START.test(after));
}
