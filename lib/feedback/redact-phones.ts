import { findPhoneNumbersInText } from "libphonenumber-js/max";
import { digitGroups, mask, type DigitGroup, type Span } from "./redact-spans";

/**
 * Phone numbers, UK and international, in a reader's text (pass 4 of lib/feedback/redact.ts): those
 * libphonenumber-js finds valid (default country GB), then a conservative fallback for runs of 10 to 15 digits
 * that begin with "+", with "00", or with a group of at least three digits starting with 0.
 */

/**
 * A run of digits that may be a phone number: a leading "+" (which may follow
 * anything, as in "tel:+44…") or a "(" or digit that does not follow a letter
 * or digit, then digits with at most two separators (space, no-break space,
 * dot, hyphen, brackets) between any two. Whether it is one is decided in code.
 */
const PHONE_RUN = /(?:\+|(?<![\p{L}\p{N}_])\(?)\d(?:[ \u00A0.()-]{0,2}\d)*/gu;

const PHONE_DIGITS = { min: 10, max: 15 };

export function findPhoneNumbers(text: string): Span[] {
  const spans: Span[] = findPhoneNumbersInText(text, { defaultCountry: "GB" }).map((found) => ({
    start: found.startsAt,
    end: found.endsAt,
  }));
  // The fallback only sees what the library did not claim.
  const rest = mask(text, spans);
  for (const run of rest.matchAll(PHONE_RUN)) spans.push(...phoneNumbersInRun(run[0], run.index));
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Phone numbers in a run of digit groups: from each group where a phone number
 * can start, the longest stretch of groups holding 10 to 15 digits, unless a
 * shorter stretch leaves the next groups to make a phone number of their own
 * (as in "0161 496 0000 0161 496 0001", where the longest stretch from the
 * first group would swallow the "0161" of the second number).
 */
function phoneNumbersInRun(run: string, offset: number): Span[] {
  const spans: Span[] = [];
  const groups = digitGroups(run, offset);
  const international = run.startsWith("+");
  let first = 0;
  while (first < groups.length) {
    const ends = phoneEnds(groups, first, international);
    if (ends.length === 0) {
      first++;
      continue;
    }
    const last = ends.findLast((end) => phoneEnds(groups, end + 1, international).length > 0) ?? ends.at(-1)!;
    const group = groups[first]!;
    let start = group.start;
    const end = groups[last]!.end;
    const before = run[group.start - offset - 1];
    // Keep the "+" of an international number, and an opening bracket whose
    // closing bracket is part of the number, as in "(020) 7946 0958".
    if (before === "+" || (before === "(" && run.slice(group.start - offset, end - offset).includes(")"))) start--;
    spans.push({ start, end });
    first = last + 1;
  }
  return spans;
}

/**
 * The indexes of the groups where a phone number starting at `groups[first]`
 * could end, shortest first: it must start with the run's "+", with "00", or
 * with a group of at least three digits starting with 0, and hold 10 to 15
 * digits.
 */
function phoneEnds(groups: DigitGroup[], first: number, international: boolean): number[] {
  const group = groups[first];
  if (group === undefined) return [];
  const startsLikePhone =
    (first === 0 && international) ||
    group.digits.startsWith("00") ||
    (group.digits.startsWith("0") && group.digits.length >= 3);
  if (!startsLikePhone) return [];
  const ends: number[] = [];
  let count = 0;
  for (let i = first; i < groups.length; i++) {
    count += groups[i]!.digits.length;
    if (count > PHONE_DIGITS.max) break;
    if (count >= PHONE_DIGITS.min) ends.push(i);
  }
  return ends;
}
