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
import { findCardNumbers } from "./redact-cards";
import { findPhoneNumbers } from "./redact-phones";
import { mask, spanOf, type Span } from "./redact-spans";

export interface Redaction {
  text: string;
  removed: Array<"email" | "phone" | "national-insurance" | "card">;
}

type Kind = Redaction["removed"][number];

const REPLACEMENT: Record<Kind, string> = {
  email: "[email removed]",
  card: "[card number removed]",
  "national-insurance": "[National Insurance number removed]",
  phone: "[phone number removed]",
};

/**
 * An email address: a local part, "@", and a domain with at least one dot. The
 * lookbehind means a match can only start where a local part starts, so the
 * local part is scanned once rather than once from every character in it.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

const NATIONAL_INSURANCE =
  /(?<![\p{L}\p{N}])(?!BG|GB|KN|NK|NT|TN|ZZ)(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/giu;

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
