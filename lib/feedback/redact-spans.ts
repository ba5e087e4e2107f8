/**
 * Positions in a reader's text, shared by the passes of lib/feedback/redact.ts: the spans a pass claims, and the
 * runs of digits the card and phone passes look at.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Stands in for text an earlier pass has claimed, so later passes neither match
 * it nor join the text either side of it. It is not a letter, digit, separator
 * or sign that any pattern here (or libphonenumber-js) treats as part of a match.
 */
const MASK = "\u0000";

/**
 * What may stand between two groups of digits (or letters) of one detail, as a regular expression's source: one
 * to three spaces, or a dot, hyphen or slash with up to two spaces either side ("4111  1111", "07700.900.123",
 * "QQ/12/34/56", "4111 - 1111"). The text searched is the normalised copy (lib/feedback/redact-normalise.ts), in
 * which every Unicode space is a space and every dash a hyphen. It holds no digit or letter, so a run of groups
 * joined by it can be read only one way.
 */
export const GROUP_SEPARATOR = String.raw`(?: {1,3}| {0,2}[./-] {0,2})`;

export interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

/** The maximal runs of digits in `run`, with their positions in the whole text. */
export function digitGroups(run: string, offset: number): DigitGroup[] {
  return [...run.matchAll(/\d+/g)].map((group) => ({
    digits: group[0],
    start: offset + group.index,
    end: offset + group.index + group[0].length,
  }));
}

export function spanOf(match: RegExpExecArray): Span {
  return { start: match.index, end: match.index + match[0].length };
}

/** `text` with every span replaced by the same number of MASK characters, so positions still line up. */
export function mask(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, span.start) + MASK.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
