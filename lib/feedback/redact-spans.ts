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
