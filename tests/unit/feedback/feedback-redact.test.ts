import { describe, expect, it } from "vitest";
import { redactPersonalDetails } from "../../../lib/feedback/redact";

const EMAIL = "[email removed]";
const CARD = "[card number removed]";
const NI = "[National Insurance number removed]";
const PHONE = "[phone number removed]";

type Kind = ReturnType<typeof redactPersonalDetails>["removed"][number];

describe("removing personal details from problem reports", () => {
  it.each<[string, string, string, Kind[]]>([
    // Email addresses
    ["removes an email address", "jo.bloggs@example.com", EMAIL, ["email"]],
    ["removes an email address in a sentence", "Email me at jo@example.org please", `Email me at ${EMAIL} please`, ["email"]],
    ["removes an email address but not the full stop after it", "Write to jo.bloggs@nhs.net.", `Write to ${EMAIL}.`, ["email"]],
    ["removes an email address with a subdomain", "jo@mail.example.co.uk", EMAIL, ["email"]],
    ["removes an email address with a plus tag and capitals", "Jo.Bloggs+careers@Example.COM", EMAIL, ["email"]],
    ["removes an email address with an apostrophe", "(o'brien@example.ie)", `(${EMAIL})`, ["email"]],

    // Payment card numbers
    ["removes a card number written in groups of four with spaces", "4111 1111 1111 1111", CARD, ["card"]],
    ["removes a card number written in groups of four with hyphens", "4111-1111-1111-1111", CARD, ["card"]],
    ["removes a card number written without spaces", "4111111111111111", CARD, ["card"]],
    ["removes a Mastercard number", "card 5500 0000 0000 0004 thanks", `card ${CARD} thanks`, ["card"]],
    ["removes a 15-digit American Express number grouped 4-6-5", "3782 822463 10005", CARD, ["card"]],
    ["removes a 13-digit card number", "4222222222222", CARD, ["card"]],
    ["removes a 19-digit card number", "4000 0000 0000 0000 006", CARD, ["card"]],
    ["removes a card number but keeps the security code after it", "4111 1111 1111 1111 123", `${CARD} 123`, ["card"]],
    ["removes a card number but keeps the expiry date after it", "4111 1111 1111 1111-12-27", `${CARD}-12-27`, ["card"]],
    [
      "removes two card numbers written one after the other",
      "4111 1111 1111 1111 5500 0000 0000 0004",
      `${CARD} ${CARD}`,
      ["card", "card"],
    ],

    // National Insurance numbers
    ["removes a National Insurance number written in pairs", "QQ 12 34 56 C", NI, ["national-insurance"]],
    ["removes a National Insurance number in lower case", "ab123456c", NI, ["national-insurance"]],
    ["removes a National Insurance number written together in capitals", "My NI is AB123456C.", `My NI is ${NI}.`, ["national-insurance"]],
    ["removes a National Insurance number with only some spaces", "JG 123456 A", NI, ["national-insurance"]],
    ["removes a National Insurance number in mixed case", "Ce 12 34 56 d", NI, ["national-insurance"]],

    // Phone numbers
    ["removes a UK mobile number written with a space", "07700 900123", PHONE, ["phone"]],
    ["removes a UK mobile number written without spaces", "07700900123", PHONE, ["phone"]],
    ["removes a UK mobile number written with +44", "+44 7700 900123", PHONE, ["phone"]],
    ["removes a real-looking UK mobile number", "ring 07911 123456", `ring ${PHONE}`, ["phone"]],
    ["removes a London number written with +44 and (0)", "+44 (0)20 7946 0958", PHONE, ["phone"]],
    ["removes a London number", "020 7946 0958", PHONE, ["phone"]],
    ["removes a London number with the area code in brackets", "(020) 7946 0958", PHONE, ["phone"]],
    ["removes a UK number written with the 0044 international prefix", "0044 20 7946 0958", PHONE, ["phone"]],
    ["removes a US number", "+1 (415) 555-2671", PHONE, ["phone"]],
    ["removes a French number", "+33 1 23 45 67 89", PHONE, ["phone"]],
    ["removes a German number", "+49 30 901820", PHONE, ["phone"]],
    ["removes an Indian mobile number", "+91 98765 43210", PHONE, ["phone"]],
    ["removes a Manchester number", "0161 496 0000", PHONE, ["phone"]],
    ["removes a freephone number", "0800 123 4567", PHONE, ["phone"]],
    ["removes a number written with dots", "020.7946.0958", PHONE, ["phone"]],
    ["removes a number written with hyphens", "+44-20-7946-0958", PHONE, ["phone"]],
    ["removes a drama-range mobile number with its area code in brackets", "(07700) 900123", PHONE, ["phone"]],
    ["removes a number after tel:", "tel:+447700900123", `tel:${PHONE}`, ["phone"]],
    ["removes a number in brackets but keeps the brackets", "(call 0161 496 0000)", `(call ${PHONE})`, ["phone"]],
    ["removes two mobile numbers written side by side", "07911 123456 07911 654321", `${PHONE} ${PHONE}`, ["phone", "phone"]],
    [
      "removes two drama-range numbers written side by side",
      "0161 496 0000 0161 496 0001",
      `${PHONE} ${PHONE}`,
      ["phone", "phone"],
    ],
    ["removes a phone number that follows a short number", "page 12 0161 496 0000", `page 12 ${PHONE}`, ["phone"]],
  ])("%s", (_name, input, text, removed) => {
    expect(redactPersonalDetails(input)).toEqual({ text, removed });
  });

  it.each<[string, string, string, Kind[]]>([
    [
      "removes every kind from one message and lists them in the order they appear",
      "I'm jo@example.com, NI AB 12 34 56 C, card 4111 1111 1111 1111, phone 07700 900123.",
      `I'm ${EMAIL}, NI ${NI}, card ${CARD}, phone ${PHONE}.`,
      ["email", "national-insurance", "card", "phone"],
    ],
    [
      "removes details in a report about a page and keeps the report itself",
      "The clinical coder page says ICD-10 and OPCS-4 but not SNOMED CT. Call me on 020 7946 0958 or email a@b.co.uk.",
      `The clinical coder page says ICD-10 and OPCS-4 but not SNOMED CT. Call me on ${PHONE} or email ${EMAIL}.`,
      ["phone", "email"],
    ],
    [
      "keeps line breaks, tabs and repeated spaces around what it removes",
      "Line one\r\n\tcall  07911 123456  now!\n\nthanks  ",
      `Line one\r\n\tcall  ${PHONE}  now!\n\nthanks  `,
      ["phone"],
    ],
    [
      "removes a phone number and a card number written side by side as one of each",
      "0161 496 0000 4111 1111 1111 1111",
      `${PHONE} ${CARD}`,
      ["phone", "card"],
    ],
    [
      "removes an international number followed by a card number as one of each",
      "+44 20 7946 0958 4111111111111111",
      `${PHONE} ${CARD}`,
      ["phone", "card"],
    ],
    [
      "removes the same kind several times",
      "a@example.com, b@example.com and c@example.com",
      `${EMAIL}, ${EMAIL} and ${EMAIL}`,
      ["email", "email", "email"],
    ],
    [
      "removes an email address whose local part is all digits as an email, not a phone number",
      "07911123456@example.com",
      EMAIL,
      ["email"],
    ],
  ])("%s", (_name, input, text, removed) => {
    expect(redactPersonalDetails(input)).toEqual({ text, removed });
  });

  it.each<[string, string]>([
    ["a year", "Updated in 2026"],
    ["a date written with slashes", "Seen on 25/11/2026"],
    ["a date written with dots and a time", "On 05.11.2026 10.30 the page failed"],
    ["a date written in words", "25 November 2026"],
    ["an ISO date", "2026-11-25"],
    ["a classification name with a number", "ICD-10 and OPCS-4"],
    ["a terminology name", "SNOMED CT"],
    ["an NHS pay band", "NHS Band 5 to Band 8a"],
    ["a short count", "There are 3 roles listed"],
    ["a page number", "see page 12"],
    ["a URL path", "/roles/clinical-coder"],
    ["a full URL", "https://example.com/roles/clinical-coder?from=2026"],
    ["a salary", "£30,000 to £34,581"],
    ["a salary range without a currency sign", "28407 to 34581"],
    ["a six-digit reference number", "Reference 123456"],
    ["an eight-digit number", "12345678"],
    ["a time range", "0930-1030 and 1100-1230"],
    ["a list of years", "2020 2021 2022 2023"],
    ["a version number", "version 1.2.3.4"],
    ["an @ with no domain", "@clinicalcoder on social media"],
    ["an address-like string with no dot in the domain", "user@localhost"],
    ["a 16-digit run that fails the Luhn check and does not look like a phone number", "Order 1234567812345678"],
    ["letters and digits that are not a National Insurance number (GB prefix)", "GB123456A"],
    ["letters and digits that are not a National Insurance number (D first)", "DA123456A"],
    ["letters and digits that are not a National Insurance number (O second)", "AO123456A"],
    ["letters and digits that are not a National Insurance number (ZZ prefix)", "ZZ123456A"],
    ["letters and digits that are not a National Insurance number (suffix E)", "AB123456E"],
    ["a National Insurance-like code inside a longer word", "XAB123456C"],
    ["a National Insurance-like code with seven digits", "AB1234567C"],
    ["an empty report", ""],
    ["plain words", "The entry requirements section is out of date."],
  ])("keeps %s", (_name, input) => {
    expect(redactPersonalDetails(input)).toEqual({ text: input, removed: [] });
  });

  describe("the Luhn check", () => {
    it("keeps a 16-digit number grouped like a card when it fails the Luhn check", () => {
      expect(redactPersonalDetails("4111 1111 1111 1112")).toEqual({ text: "4111 1111 1111 1112", removed: [] });
    });

    it("removes a number grouped like a card when it passes the Luhn check", () => {
      expect(redactPersonalDetails("4111 1111 1111 1111").removed).toEqual(["card"]);
    });

    it("reports a card number as a card and never also as a phone number", () => {
      for (const card of ["4111111111111111", "4111 1111 1111 1111", "6011111111111117", "378282246310005"]) {
        expect(redactPersonalDetails(`call ${card}`)).toEqual({ text: `call ${CARD}`, removed: ["card"] });
      }
    });

    it("removes a 14-digit number that fails the Luhn check as a phone number when it looks like one", () => {
      expect(redactPersonalDetails("0044 20 7946 0958")).toEqual({ text: PHONE, removed: ["phone"] });
    });

    it("removes a number starting with 0 as a phone number even when it passes the Luhn check", () => {
      expect(redactPersonalDetails("0044 20 7946 0956")).toEqual({ text: PHONE, removed: ["phone"] });
    });

    it("removes a number starting with + as a phone number even when it passes the Luhn check", () => {
      expect(redactPersonalDetails("+49 30 1234567894")).toEqual({ text: PHONE, removed: ["phone"] });
    });
  });

  describe("hostile input", () => {
    it.each<[string, string]>([
      ["1,200 digits", "1".repeat(1200)],
      ["1,200 zeros", "0".repeat(1200)],
      ["600 repeats of 'a@'", "a@".repeat(600)],
      ["1,200 repeats of 'a@'", "a@".repeat(1200)],
      ["a 1,199-character local part with no domain", `${"a".repeat(1199)}@`],
      ["300 repeats of 'a@a.'", "a@a.".repeat(300)],
      ["600 repeats of 'a-'", "a-".repeat(600)],
      ["600 repeats of '+ '", "+ ".repeat(600)],
      ["1,200 repeats of '+ '", "+ ".repeat(1200)],
      ["240 repeats of '+44 ('", "+44 (".repeat(240)],
      ["600 digits separated by spaces", "1 ".repeat(600)],
      ["600 digits separated by hyphens", "1-".repeat(600)],
      ["400 repeats of '(0)'", "(0)".repeat(400)],
      ["300 repeats of '012 '", "012 ".repeat(300)],
      ["240 groups of four digits", "4111 ".repeat(240)],
      ["400 repeats of 'QQ1'", "QQ1".repeat(400)],
      ["100 phone numbers in a row", "07911 123456 ".repeat(100)],
    ])("returns for %s", (_name, input) => {
      const result = redactPersonalDetails(input);
      expect(typeof result.text).toBe("string");
      expect(Array.isArray(result.removed)).toBe(true);
    });

    it("removes every one of many phone numbers in a long message", () => {
      const input = "call 07700 900123, ".repeat(60);
      const result = redactPersonalDetails(input);
      expect(result.text).toBe(`call ${PHONE}, `.repeat(60));
      expect(result.removed).toEqual(Array(60).fill("phone"));
    });
  });
});
