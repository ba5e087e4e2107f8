import { redactPersonalDetails } from "./redact";

/**
 * The form in which a search that found nothing is kept (lib/feedback/search-misses.ts), or undefined when it is
 * not kept at all. Editors need the words readers tried, not who tried them, so a query is made as anonymous as
 * it can be before it is counted:
 *
 * 1. NFKC (fullwidth letters and digits become plain ones), format characters (zero-width spaces, soft hyphens)
 *    taken out, every run of spaces, tabs or line breaks one space, trimmed.
 * 2. Personal details removed with the feedback's redaction (lib/feedback/redact.ts): email addresses, phone
 *    numbers, National Insurance numbers and card numbers become "[email removed]" and so on.
 * 3. Two more that search boxes get and problem reports rarely do: a full UK postcode ("SW1A 1AA", "m1 1ae")
 *    becomes "[postcode removed]", and any run of six or more digits, with spaces, dots, dashes or slashes between
 *    them allowed (an NHS number such as "943 476 5919", a date of birth such as "12/05/1990", a reference),
 *    becomes "[number removed]". Shorter numbers stay: "band 7", "icd10", "level 3", "2024".
 * 4. Lower case, then at most MAX_MISS_QUERY_LENGTH characters (whole characters: an emoji is never cut in two;
 *    a note cut short at the end, "[phone num", is dropped).
 *
 * A query is not kept when nothing but those notes, digits, punctuation and spaces is left (step 5): it was only
 * digits ("12345", an NHS number), only a personal detail (an email address, a phone number, a postcode), or only
 * punctuation. What is left of a query that had a detail in it is kept with the note in the detail's place
 * ("call [phone number removed]"): the words around it may still say what the reader was looking for.
 */
export const MAX_MISS_QUERY_LENGTH = 100;

/** Longer input is cut to this before redaction, so a pasted essay costs no more than a query. */
const MAX_INPUT_LENGTH = 1_000;

/** A full UK postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A), an optional space, inward code (9AA). */
const POSTCODE = /(?<![\p{L}\p{N}])[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}(?![\p{L}\p{N}])/giu;

/** Six or more digits, with up to three spaces or one dot, dash or slash (spaces either side) between any two. */
const LONG_NUMBER = /(?<!\p{N})\d(?:(?: {1,3}| {0,2}[./-] {0,2})?\d){5,}(?!\p{N})/gu;

/** The notes redaction leaves, in lower case. */
const NOTES = ["email", "phone number", "national insurance number", "card number", "postcode", "number"].map((what) => `[${what} removed]`);
const NOTE = new RegExp(NOTES.map((note) => note.replace(/[[\]]/g, "\\$&")).join("|"), "g");

/** The text without a note cut short at its end ("… [phone num"), which would read as if it were the query's. */
function withoutCutNote(text: string): string {
  const open = text.lastIndexOf("[");
  const tail = text.slice(open);
  return open >= 0 && !tail.includes("]") && NOTES.some((note) => note.startsWith(tail)) ? text.slice(0, open).trimEnd() : text;
}

export function normaliseMissQuery(query: string): string | undefined {
  const tidy = (text: string) => text.replace(/\p{Cf}/gu, "").replace(/[\s\p{Zs}]+/gu, " ").trim();
  const input = Array.from(tidy(query.normalize("NFKC"))).slice(0, MAX_INPUT_LENGTH).join("");
  if (input === "") return undefined;
  const redacted = redactPersonalDetails(input)
    .text.replace(POSTCODE, "[postcode removed]")
    .replace(LONG_NUMBER, "[number removed]");
  const kept = withoutCutNote(Array.from(tidy(redacted.toLowerCase())).slice(0, MAX_MISS_QUERY_LENGTH).join("").trimEnd());
  return /\p{L}/u.test(kept.replace(NOTE, "")) ? kept : undefined;
}
