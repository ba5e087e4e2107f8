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
 * Details are looked for in a normalised copy of the text
 * (lib/feedback/redact-normalise.ts: NFKC, so fullwidth "４１１１" and "＠" count;
 * format characters such as zero-width spaces, word joiners and soft hyphens
 * taken out; every Unicode space and tab a space; every dash a hyphen), and
 * the matching span of the original text is removed, so a detail is removed
 * whole, zero-width spaces and all, and nothing around it moves. Below,
 * "separated" means by one to three spaces, or by a dot, hyphen or slash with
 * up to two spaces either side.
 *
 * What is removed, in this order (each later pass only sees text that an
 * earlier pass did not claim, so, for example, a card number is never also
 * reported as a phone number):
 *
 * 1. Email addresses → "[email removed]".
 * 2. Payment card numbers → "[card number removed]": 13 to 19 digits that
 *    pass the Luhn check, written together or grouped the way cards are
 *    printed (in fours, the last group perhaps shorter, or 4-6-5 / 4-6-4),
 *    the groups separated ("4111.1111.1111.1111", "5500/0000/0000/0004"). A
 *    digit run that fails the Luhn check is not a card, but may still be a
 *    phone number (pass 4). Refinements:
 *    - A number that starts with the digit 0, or straight after a "+", is
 *      never a card: no card issuer number starts with 0 and cards are not
 *      written with "+", so phone numbers such as "0044 20 7946 0958"
 *      (14 digits) cannot be taken for cards, whatever their Luhn sum.
 *    - When a whole run is not a card, shorter stretches of its groups are
 *      tried, longest first, so a card followed by a space and its expiry
 *      date or security code, or written next to a phone number, is still
 *      found. As every stretch must be grouped like a card, two phone numbers
 *      written side by side, or a list of dates ("13.12.2026 14.12.2026"),
 *      are not read as a card whatever their Luhn sum.
 *    - A run such as 1234567812345678 that fails the Luhn check and does not
 *      look like a phone number is left alone: it is more likely an order or
 *      reference number than a personal detail, and a mistyped card number
 *      is of no use to anyone.
 * 3. UK National Insurance numbers → "[National Insurance number removed]":
 *    two prefix letters (HMRC's rules: the first is not D, F, I, Q, U or V; the
 *    second is not D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are
 *    never issued), six digits and a suffix letter A to D, in any case; the
 *    suffix may be missing, and any two of the parts may be separated
 *    ("QQ 12 34 56 C", "ab123456c", "QQ-12-34-56", "QQ 123 456 C"). QQ is
 *    accepted too, although HMRC never issues it, because it is the specimen
 *    prefix printed on forms and readers may copy it. One joined to a longer
 *    code by a dot, hyphen or slash ("338-AC-1234-24", "AB-12-34-56-E"), or
 *    followed by more digits, is not one.
 * 4. Phone numbers, UK and international → "[phone number removed]". The main
 *    detector is libphonenumber-js (full metadata, default country GB), which
 *    only reports numbers that are valid for their country. It therefore
 *    misses the Ofcom drama ranges (such as 07700 900000 to 07700 900999),
 *    which it deliberately treats as invalid, and any number written directly
 *    after other digits ("07911 123456 07911 654321" is read as one
 *    over-long number). A conservative fallback then catches runs of digits
 *    separated by spaces, hyphens, dots, slashes or brackets that begin with
 *    "+", with "00", or with a group of at least three digits starting with
 *    0, and hold 10 to 15 digits ("07700-900-123", "+44 (0)7700 900123",
 *    "0044 7700 900123"). Dates and times ("05.11.2026", "09:30") do not
 *    qualify: their first group has two digits or they hold too few digits. A
 *    number followed by only a space and another short number
 *    ("0161 496 0000 2026") takes it along, up to 15 digits in all: this errs
 *    towards removing too much. Last, North American numbers written without
 *    "+1" ("(415) 555-2671", "415-555-2671", "1 415 555 2671"): grouped
 *    3-3-4 and valid by libphonenumber-js for a country of the North American
 *    plan.
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
import { normalise } from "./redact-normalise";
import { findPhoneNumbers } from "./redact-phones";
import { GROUP_SEPARATOR, mask, spanOf, type Span } from "./redact-spans";

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

/**
 * A National Insurance number: the prefix letters, six digits and, if it is
 * there, the suffix letter, with a separator allowed between any two of them;
 * not part of a longer code (a letter or digit, or one joined by a dot, hyphen
 * or slash, before or after it, as in "338-AC-1234-24") nor followed by more
 * digits.
 */
const NATIONAL_INSURANCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}][./-])` +
    String.raw`(?!BG|GB|KN|NK|NT|TN|ZZ)(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])` +
    String.raw`${GROUP_SEPARATOR}?\d(?:${GROUP_SEPARATOR}?\d){5}(?:${GROUP_SEPARATOR}?[A-D])?` +
    String.raw`(?![\p{L}\p{N}]|[./-][\p{L}\p{N}]|${GROUP_SEPARATOR}\d)`,
  "giu",
);

export function redactPersonalDetails(input: string): Redaction {
  // Details are looked for in a normalised copy, and removed from the original text.
  const copy = normalise(input);
  const found: Array<Span & { kind: Kind }> = [];
  let masked = copy.text;
  const passes: Array<[Kind, (text: string) => Span[]]> = [
    ["email", findEmails],
    ["card", findCardNumbers],
    ["national-insurance", findNationalInsuranceNumbers],
    ["phone", findPhoneNumbers],
  ];
  for (const [kind, find] of passes) {
    const spans = find(masked);
    for (const span of spans) found.push({ ...copy.original(span), kind });
    masked = mask(masked, spans);
  }

  found.sort((a, b) => a.start - b.start);
  let text = "";
  let at = 0;
  for (const span of found) {
    // Two details can only overlap where one character of the original became several of the copy ("⑴" is
    // "(1)"): each is still reported, and no original text is repeated.
    text += input.slice(at, Math.max(at, span.start)) + REPLACEMENT[span.kind];
    at = Math.max(at, span.end);
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
