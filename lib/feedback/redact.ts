/**
 * Removes personal details from the free text that readers type into the
 * "Report a problem with this page" form, before the report is stored.
 *
 * The form asks readers not to include personal details, and we do not need
 * them to fix a page. This module is the safety net for when someone includes
 * them anyway: we would rather not store (or show to editors) anything that
 * identifies a reader or could be used against them. It is deliberately a net,
 * not a guarantee: names and postal addresses, for example, are not detected.
 *
 * What is removed, in this order (each later pass only sees text that an
 * earlier pass did not claim, so, for example, a card number is never also
 * reported as a phone number):
 *
 * 1. Email addresses → "[email removed]".
 * 2. Payment card numbers → "[card number removed]": 13 to 19 digits, written
 *    together or in groups separated by single spaces or hyphens, that pass
 *    the Luhn check. A digit run that fails the Luhn check is not a card, but
 *    may still be a phone number (pass 4). Refinements:
 *    - A number that starts with the digit 0, or straight after a "+", is
 *      never a card: no card issuer number starts with 0 and cards are not
 *      written with "+", so phone numbers such as "0044 20 7946 0958"
 *      (14 digits) cannot be taken for cards, whatever their Luhn sum.
 *    - When a whole run is not a card, shorter stretches of its groups are
 *      tried, longest first, so a card followed by a space and its expiry
 *      date or security code, or written next to a phone number, is still
 *      found. A stretch that starts inside the run must be grouped the way
 *      cards are printed (in fours, or 4-6-5), so that two phone numbers
 *      written side by side are not read as a card.
 *    - A run such as 1234567812345678 that fails the Luhn check and does not
 *      look like a phone number is left alone: it is more likely an order or
 *      reference number than a personal detail, and a mistyped card number
 *      is of no use to anyone.
 * 3. UK National Insurance numbers → "[National Insurance number removed]":
 *    two prefix letters (HMRC's rules: the first is not D, F, I, Q, U or V; the
 *    second is not D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are
 *    never issued), six digits and a suffix letter A to D, in any case, with
 *    an optional single space between the pairs ("QQ 12 34 56 C",
 *    "ab123456c"). QQ is accepted too, although HMRC never issues it, because
 *    it is the specimen prefix printed on forms and readers may copy it.
 * 4. Phone numbers, UK and international → "[phone number removed]". The main
 *    detector is libphonenumber-js (full metadata, default country GB), which
 *    only reports numbers that are valid for their country. It therefore
 *    misses the Ofcom drama ranges (such as 07700 900000 to 07700 900999),
 *    which it deliberately treats as invalid, and any number written directly
 *    after other digits ("07911 123456 07911 654321" is read as one
 *    over-long number). A conservative fallback then catches runs of digits
 *    separated by spaces, hyphens, dots or brackets that begin with "+", with
 *    "00", or with a group of at least three digits starting with 0, and hold
 *    10 to 15 digits. Dates and times ("05.11.2026", "09:30") do not qualify:
 *    their first group has two digits or they hold too few digits. A number
 *    followed by only a space and another short number ("0161 496 0000 2026")
 *    takes it along, up to 15 digits in all: this errs towards removing too
 *    much.
 *
 * Everything else is kept exactly as typed, including whitespace, punctuation
 * and line breaks. `removed` lists the kind of each detail removed, one entry
 * per occurrence, in the order they appear in the text.
 *
 * Every pattern here runs in linear time on hostile input: no pattern has
 * nested or overlapping repetition that could backtrack catastrophically, and
 * the stretches tried within a run of digits are bounded by the 15-digit
 * (phone) and 19-digit (card) maximums.
 */
import { findPhoneNumbersInText } from "libphonenumber-js/max";

export interface Redaction {
  text: string;
  removed: Array<"email" | "phone" | "national-insurance" | "card">;
}

type Kind = Redaction["removed"][number];

interface Span {
  start: number;
  end: number;
}

const REPLACEMENT: Record<Kind, string> = {
  email: "[email removed]",
  card: "[card number removed]",
  "national-insurance": "[National Insurance number removed]",
  phone: "[phone number removed]",
};

/**
 * Stands in for text an earlier pass has claimed, so later passes neither match
 * it nor join the text either side of it. It is not a letter, digit, separator
 * or sign that any pattern here (or libphonenumber-js) treats as part of a match.
 */
const MASK = "\u0000";

/**
 * An email address: a local part, "@", and a domain with at least one dot. The
 * lookbehind means a match can only start where a local part starts, so the
 * local part is scanned once rather than once from every character in it.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** A run of digit groups separated by single spaces or hyphens, with its "+" if it has one. */
const CARD_RUN = /(?<!\d)\+?\d+(?:[ -]\d+)*/g;

const NATIONAL_INSURANCE =
  /(?<![\p{L}\p{N}])(?!BG|GB|KN|NK|NT|TN|ZZ)(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/giu;

/**
 * A run of digits that may be a phone number: a leading "+" (which may follow
 * anything, as in "tel:+44…") or a "(" or digit that does not follow a letter
 * or digit, then digits with at most two separators (space, no-break space,
 * dot, hyphen, brackets) between any two. Whether it is one is decided in code.
 */
const PHONE_RUN = /(?:\+|(?<![\p{L}\p{N}_])\(?)\d(?:[ \u00A0.()-]{0,2}\d)*/gu;

const CARD_DIGITS = { min: 13, max: 19 };
const PHONE_DIGITS = { min: 10, max: 15 };

export function redactPersonalDetails(input: string): Redaction {
  const found: Array<Span & { kind: Kind }> = [];
  let masked = input;
  const passes: Array<[Kind, (text: string) => Span[]]> = [
    ["email", findEmails],
    ["card", findCardNumbers],
    ["national-insurance", findNationalInsuranceNumbers],
    ["phone", findPhoneNumbers],
  ];
  for (const [kind, find] of passes) {
    const spans = find(masked);
    for (const span of spans) found.push({ ...span, kind });
    masked = mask(masked, spans);
  }

  found.sort((a, b) => a.start - b.start);
  let text = "";
  let at = 0;
  for (const span of found) {
    text += input.slice(at, span.start) + REPLACEMENT[span.kind];
    at = span.end;
  }
  text += input.slice(at);
  return { text, removed: found.map((span) => span.kind) };
}

function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map(spanOf);
}

function findNationalInsuranceNumbers(text: string): Span[] {
  return [...text.matchAll(NATIONAL_INSURANCE)].map(spanOf);
}

function findCardNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(CARD_RUN)) {
    const groups = digitGroups(run[0], run.index);
    let first = 0;
    let anyGrouping = true;
    while (first < groups.length) {
      const last = first === 0 && run[0].startsWith("+") ? null : cardEndingAfter(groups, first, anyGrouping);
      if (last === null) {
        first++;
        anyGrouping = false;
        continue;
      }
      spans.push({ start: groups[first]!.start, end: groups[last]!.end });
      first = last + 1;
      anyGrouping = true;
    }
  }
  return spans;
}

/**
 * The index of the last group of the longest card number starting at
 * `groups[first]`, or null. A card that starts a run (or follows another card)
 * may be grouped in any way; one that starts inside a run of other numbers
 * must be grouped the way cards are printed, so that, say, two phone numbers
 * written side by side are not mistaken for a card.
 */
function cardEndingAfter(groups: DigitGroup[], first: number, anyGrouping: boolean): number | null {
  if (groups[first]!.digits.startsWith("0")) return null;
  let digits = "";
  const candidates: Array<[number, string]> = [];
  for (let last = first; last < groups.length; last++) {
    digits += groups[last]!.digits;
    if (digits.length > CARD_DIGITS.max) break;
    if (digits.length < CARD_DIGITS.min) continue;
    if (anyGrouping || groupedLikeACard(groups.slice(first, last + 1).map((group) => group.digits.length))) {
      candidates.push([last, digits]);
    }
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const [last, number] = candidates[i]!;
    if (passesLuhn(number)) return last;
  }
  return null;
}

/** Written together, in fours (the last group may be shorter), or 4-6-5 / 4-6-4 as on American Express and Diners Club cards. */
function groupedLikeACard(lengths: number[]): boolean {
  if (lengths.length === 1) return true;
  const shape = lengths.join("-");
  if (shape === "4-6-5" || shape === "4-6-4") return true;
  return lengths.every((length, i) => (i === lengths.length - 1 ? length <= 4 : length === 4));
}

/** The Luhn (mod 10) check that every payment card number passes. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function findPhoneNumbers(text: string): Span[] {
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

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

/** The maximal runs of digits in `run`, with their positions in the whole text. */
function digitGroups(run: string, offset: number): DigitGroup[] {
  return [...run.matchAll(/\d+/g)].map((group) => ({
    digits: group[0],
    start: offset + group.index,
    end: offset + group.index + group[0].length,
  }));
}

function spanOf(match: RegExpExecArray): Span {
  return { start: match.index, end: match.index + match[0].length };
}

/** `text` with every span replaced by the same number of MASK characters, so positions still line up. */
function mask(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, span.start) + MASK.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
