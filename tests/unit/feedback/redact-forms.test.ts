import { describe, expect, it } from "vitest";
import { redactPersonalDetails } from "../../../lib/feedback/redact";

/**
 * Personal details written the way people paste them (issue 20): separators other than a single space,
 * Unicode spaces and dashes, zero-width and other format characters, fullwidth characters, National Insurance
 * numbers without their final letter, UK numbers in their international forms, North American numbers. What is
 * stored is the original text with the whole detail replaced and everything around it exactly as typed.
 */

const EMAIL = "[email removed]";
const CARD = "[card number removed]";
const NI = "[National Insurance number removed]";
const PHONE = "[phone number removed]";

type Kind = ReturnType<typeof redactPersonalDetails>["removed"][number];

/** [the form, what the reader typed, what is stored, what was removed] */
const REMOVED: Array<[string, string, string, Kind[]]> = [
  // Card numbers
  ["a card number with dots", "card 4111.1111.1111.1111 thanks", `card ${CARD} thanks`, ["card"]],
  ["a card number with no-break spaces", "card 4111\u00A01111\u00A01111\u00A01111 thanks", `card ${CARD} thanks`, ["card"]],
  ["a card number with narrow no-break spaces", "4111\u202F1111\u202F1111\u202F1111", CARD, ["card"]],
  ["a card number with double spaces", "card 4111  1111  1111  1111 thanks", `card ${CARD} thanks`, ["card"]],
  ["a card number with tabs", "4111\t1111\t1111\t1111", CARD, ["card"]],
  ["a card number with zero-width spaces", "card 4111\u200B1111\u200B1111\u200B1111 thanks", `card ${CARD} thanks`, ["card"]],
  ["a card number with word joiners", "4111\u20601111\u20601111\u20601111", CARD, ["card"]],
  ["a card number with soft hyphens", "4111\u00AD1111\u00AD1111\u00AD1111", CARD, ["card"]],
  ["a card number in fullwidth digits", "card ４１１１ １１１１ １１１１ １１１１ thanks", `card ${CARD} thanks`, ["card"]],
  ["a card number in fullwidth digits and ideographic spaces", "４１１１\u3000１１１１\u3000１１１１\u3000１１１１。", `${CARD}。`, ["card"]],
  ["a card number with slashes", "5500/0000/0000/0004", CARD, ["card"]],
  ["a card number with en dashes", "4111\u20131111\u20131111\u20131111", CARD, ["card"]],
  ["a card number with spaced hyphens", "4111 - 1111 - 1111 - 1111", CARD, ["card"]],
  ["an American Express number with dots", "Amex 3782.822463.10005.", `Amex ${CARD}.`, ["card"]],

  // National Insurance numbers
  ["a National Insurance number with dashes", "NI QQ-12-34-56-C ok", `NI ${NI} ok`, ["national-insurance"]],
  ["a National Insurance number with dots", "NI QQ.12.34.56.C ok", `NI ${NI} ok`, ["national-insurance"]],
  ["a National Insurance number with slashes", "AB/12/34/56/C", NI, ["national-insurance"]],
  ["a National Insurance number with en dashes", "JG\u201312\u201334\u201356\u2013A", NI, ["national-insurance"]],
  ["a National Insurance number without its final letter", "My NI is QQ 12 34 56, thanks", `My NI is ${NI}, thanks`, ["national-insurance"]],
  ["a National Insurance number written together without its final letter", "QQ123456.", `${NI}.`, ["national-insurance"]],
  ["a National Insurance number with dashes and no final letter", "ab-12-34-56", NI, ["national-insurance"]],
  ["a National Insurance number grouped in threes", "QQ 123 456 C", NI, ["national-insurance"]],
  ["a National Insurance number with no-break spaces", "AB\u00A012\u00A034\u00A056\u00A0C", NI, ["national-insurance"]],
  ["a National Insurance number in fullwidth characters", "ＱＱ１２３４５６Ｃ", NI, ["national-insurance"]],
  ["a National Insurance number with a zero-width space", "QQ\u200B123456C", NI, ["national-insurance"]],

  // Email addresses
  ["an email address with a fullwidth at sign", "write to jo＠example.com today", `write to ${EMAIL} today`, ["email"]],
  ["an email address with a zero-width space before the at sign", "jo\u200B@example.com", EMAIL, ["email"]],
  ["an email address with a zero-width space after the at sign", "(jo.bloggs@\u200Bnhs.net)", `(${EMAIL})`, ["email"]],
  ["an email address with a soft hyphen in its domain", "jo@exam\u00ADple.com.", `${EMAIL}.`, ["email"]],
  ["an email address in fullwidth characters", "ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", EMAIL, ["email"]],

  // UK phone numbers
  ["a UK mobile number with hyphens", "Call 07700-900-123.", `Call ${PHONE}.`, ["phone"]],
  ["a UK mobile number with dots", "mobile: 07700.900.123, thanks", `mobile: ${PHONE}, thanks`, ["phone"]],
  ["a UK mobile number with slashes", "07700/900/123", PHONE, ["phone"]],
  ["a UK mobile number with en dashes", "07700\u2013900\u2013123", PHONE, ["phone"]],
  ["a UK mobile number with a zero-width space", "07700\u200B900123", PHONE, ["phone"]],
  ["a UK mobile number in fullwidth digits", "０７７００ ９００１２３", PHONE, ["phone"]],
  ["a UK mobile number with +44 and (0)", "On +44 (0)7700 900123 after 6", `On ${PHONE} after 6`, ["phone"]],
  ["a UK mobile number with +44, (0) and no spaces", "+44(0)7700900123", PHONE, ["phone"]],
  ["a UK mobile number with 0044", "Try 0044 7700 900123 or email", `Try ${PHONE} or email`, ["phone"]],
  ["a UK mobile number with 0044 and (0)", "0044 (0)7700 900123", PHONE, ["phone"]],
  ["a UK mobile number with +44 and hyphens", "+44-7700-900-123", PHONE, ["phone"]],
  ["a UK mobile number with +44 and dots", "+44.7700.900.123", PHONE, ["phone"]],
  ["a UK mobile number with +44 and no-break spaces", "+44\u00A07700\u00A0900123", PHONE, ["phone"]],
  ["a real-range UK mobile number with hyphens", "07911-123-456", PHONE, ["phone"]],
  ["a real-range UK mobile number with +44 and (0)", "+44 (0)7911 123456", PHONE, ["phone"]],
  ["a London number with 0044 and dots", "0044.20.7946.0958", PHONE, ["phone"]],

  // North American phone numbers
  ["a North American number with the area code in brackets", "Call (415) 555-2671 today", `Call ${PHONE} today`, ["phone"]],
  ["a North American number with no space after the brackets", "(415)555-2671", PHONE, ["phone"]],
  ["a North American number with hyphens", "415-555-2671", PHONE, ["phone"]],
  ["a North American number with dots", "415.555.2671.", `${PHONE}.`, ["phone"]],
  ["a North American number with spaces", "ring 415 555 2671", `ring ${PHONE}`, ["phone"]],
  ["a North American number with +1", "+1 415 555 2671", PHONE, ["phone"]],
  ["a North American number with 1 and hyphens", "1-415-555-2671", PHONE, ["phone"]],
  ["a Canadian number with +1 and hyphens", "+1-604-555-0123", PHONE, ["phone"]],

  // Where the detail sits
  ["only the detail, not a zero-width space before it", "call \u200B07700 900123", `call \u200B${PHONE}`, ["phone"]],
  ["a number joined to a word by a zero-width space", "ring\u200B07911123456", `ring\u200B${PHONE}`, ["phone"]],
  [
    "one of each, pasted",
    "jo＠example.com, QQ-12-34-56, 4111.1111.1111.1111, (415) 555-2671, +44 (0)7700 900123",
    `${EMAIL}, ${NI}, ${CARD}, ${PHONE}, ${PHONE}`,
    ["email", "national-insurance", "card", "phone", "phone"],
  ],
];

/** [what it is, text that must be stored as typed] */
const KEPT: Array<[string, string]> = [
  ["a year", "Updated in 2026"],
  ["a list of years", "2026 2027 2028 2029"],
  ["a date with slashes", "Seen on 03/12/2026"],
  ["an ISO date", "2026-12-03"],
  ["a date with dots", "3.12.2026"],
  ["a date with dots and leading zeros", "03.12.2026"],
  ["a short date", "3/12/26"],
  ["a date with slashes, year first", "2026/12/03"],
  ["a list of dates with slashes", "Free on 13/12/2026 14/12/2026"],
  ["a list of dates with dots", "13.12.2026 14.12.2026 15.12.2026"],
  ["a list of ISO dates", "2026-12-03 2026-12-04"],
  ["a date range", "13/12/2026-14/12/2026"],
  ["a date and a time", "25/11/2026 10:30"],
  ["an ICD-10 code", "ICD-10 code J45.9"],
  ["an OPCS-4 code", "OPCS-4 code W37.1"],
  ["a SNOMED CT code", "SNOMED CT code 44054006"],
  ["a pay band", "Band 5"],
  ["an Agenda for Change band", "Agenda for Change band 6"],
  ["pay bands with letters", "NHS Band 8a to Band 8d"],
  ["an NHS Jobs reference", "Job reference C9123-24-0456"],
  ["an NHS Jobs reference with a staff group", "Job reference: 200-MED-1234567"],
  ["a trust's job reference", "Ref 338-AC-1234-24"],
  ["a price", "£30,000 to £34,581"],
  ["a price with pence", "£1,234.56 a month"],
  ["a count", "1,200 characters"],
  ["a large count", "1,234,567 patients"],
  ["a time", "09:30"],
  ["times with dots", "9.30am to 5.30pm"],
  ["a time range", "14:05-15:30"],
  ["a page number", "see page 12"],
  ["a page range", "pages 12-15"],
  ["a section number", "section 3.2.1"],
  ["a version number", "version 1.2.3.4"],
  ["a financial year", "DSPT 2025/26"],
  ["a standard", "ISO/IEC 27001:2022"],
  ["hours", "37.5 hours a week"],
  ["a ratio", "1:4"],
  ["an ISBN", "ISBN 978-0-19-852663-6"],
  ["a Luhn-valid number grouped unlike a card", "Order 4111111 111111111"],
  ["letters and digits that are not a National Insurance number (GB prefix)", "GB 12 34 56"],
  ["letters and digits that are not a National Insurance number (suffix E)", "AB-12-34-56-E"],
  ["letters and digits that are not a National Insurance number (seven digits)", "AB 12 34 56 7"],
  ["a North American-like number with a 1 after the brackets", "(415) 155-2671"],
  ["a North American-like number whose area code is not in use", "(999) 555-2671"],
  ["a North American-like number continued by another group", "Ref 415-555-2671-12"],
  ["a zero-width space and a soft hyphen in words", "clin\u00ADical cod\u200Ber"],
  ["a fullwidth at sign with no domain", "＠clinicalcoder"],
];

describe("removing personal details pasted the way people paste them", () => {
  it.each(REMOVED)("removes %s", (_name, input, text, removed) => {
    expect(redactPersonalDetails(input)).toEqual({ text, removed });
  });

  it.each(KEPT)("keeps %s", (_name, input) => {
    expect(redactPersonalDetails(input)).toEqual({ text: input, removed: [] });
  });
});
