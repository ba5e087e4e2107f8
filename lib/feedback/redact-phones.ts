import { findPhoneNumbersInText, isValidPhoneNumber } from "libphonenumber-js/max";
import { digitGroups, GROUP_SEPARATOR, mask, spanOf, type DigitGroup, type Span } from "./redact-spans";

/**
 * Phone numbers, UK and international, in a reader's text (pass 4 of lib/feedback/redact.ts): those
 * libphonenumber-js finds valid (default country GB), then a conservative fallback for runs of 10 to 15 digits
 * that begin with "+", with "00", or with a group of at least three digits starting with 0, then valid North
 * American numbers written without their "+1", grouped 3-3-4.
 */

/**
 * A run of digits that may be a phone number: a leading "+" (which may follow
 * anything, as in "tel:+44…") or a "(" or digit that does not follow a letter
 * or digit, then digits with at most three separators (space, dot, hyphen,
 * slash, brackets) between any two. Whether it is one is decided in code.
 */
const PHONE_RUN = /(?:\+|(?<![\p{L}\p{N}_])\(?)\d(?:[ .()/-]{0,3}\d)*/gu;

/**
 * A North American number as people write it without "+1": "(415) 555-2671",
 * "415-555-2671", "415.555.2671", "415 555 2671", "1-415-555-2671". The area
 * code and the exchange start with 2 to 9, as in every North American number,
 * and the groups are 3-3-4; a number that another group of digits continues
 * with a dot, hyphen or slash (as in a reference "200-555-1234-56") is not one.
 * It counts only when libphonenumber-js finds it valid for a country of the
 * North American plan (the United States, Canada, the Caribbean…), so that a
 * list such as "300 250 1200", whose area code is not in use, is kept.
 */
const NORTH_AMERICAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_+]|\d {0,2}[./-] {0,2})(?:\+?1${GROUP_SEPARATOR}?)?` +
    String.raw`(?:\([2-9]\d\d\) {0,2}|[2-9]\d\d${GROUP_SEPARATOR})[2-9]\d\d${GROUP_SEPARATOR}\d{4}` +
    String.raw`(?![\p{L}\p{N}_]| {0,2}[./-] {0,2}\d)`,
  "gu",
);

const PHONE_DIGITS = { min: 10, max: 15 };

export function findPhoneNumbers(text: string): Span[] {
  const spans: Span[] = findPhoneNumbersInText(text, { defaultCountry: "GB" }).map((found) => ({
    start: found.startsAt,
    end: found.endsAt,
  }));
  // The fallbacks only see what the library (and the one before) did not claim.
  let rest = mask(text, spans);
  const uk = [...rest.matchAll(PHONE_RUN)].flatMap((run) => phoneNumbersInRun(run[0], run.index));
  rest = mask(rest, uk);
  const northAmerican = [...rest.matchAll(NORTH_AMERICAN)]
    .filter((found) => isValidPhoneNumber(found[0].replace(/\D/g, "").slice(-10), "US"))
    .map(spanOf);
  return [...spans, ...uk, ...northAmerican].sort((a, b) => a.start - b.start);
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
