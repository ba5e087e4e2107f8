import { describe, expect, it } from "vitest";
import { MAX_MISS_QUERY_LENGTH, normaliseMissQuery } from "@/lib/feedback/search-miss-query";

/**
 * The form in which a search with no results is kept (lib/feedback/search-miss-query.ts): lower case, spaces
 * collapsed, personal details removed with the feedback's redaction (and postcodes and long numbers), at most 100
 * characters; queries that are only digits, punctuation or personal details are not kept at all (undefined).
 */
describe("normaliseMissQuery", () => {
  it.each<[string, string, string | undefined]>([
    ["mixed case", "Clinical CODER", "clinical coder"],
    ["extra spaces, tabs and line breaks", "  clinical \t  coder\n jobs  ", "clinical coder jobs"],
    ["fullwidth letters (NFKC) and a zero-width space", "Ｃｏｄｅｒ\u200b jobs", "coder jobs"],
    ["an abbreviation with punctuation", "T&S", "t&s"],
    ["short numbers in a query", "Band 7 ICD10 level 3 2024", "band 7 icd10 level 3 2024"],
    ["a code with a dot", "ICD-10 code J45.9", "icd-10 code j45.9"],
    ["an email address alone", "reader@example.com", undefined],
    ["an email address with words", "Jobs for Reader@Example.com", "jobs for [email removed]"],
    ["a UK mobile number alone", "07700 900123", undefined],
    ["a UK number in its +44 form, with a word", "+44 (0)7700 900123 nurse", "[phone number removed] nurse"],
    ["a London number", "020 7946 0958", undefined],
    ["an NHS number alone", "943 476 5919", undefined],
    ["an NHS number in a sentence", "my NHS number is 9434765919", "my nhs number is [number removed]"],
    ["a date of birth", "12/05/1990 nurse", "[number removed] nurse"],
    ["a National Insurance number alone", "QQ 12 34 56 C", undefined],
    ["a National Insurance number with words", "ni AB123456C coder", "ni [national insurance number removed] coder"],
    ["a card number with words", "pay 4111 1111 1111 1111", "pay [card number removed]"],
    ["a postcode alone", "SW1A 1AA", undefined],
    ["a postcode with words", "coder jobs m1 1ae", "coder jobs [postcode removed]"],
    ["only digits", "12345", undefined],
    ["only digits and punctuation", "(01) 23-45", undefined],
    ["only punctuation", "?!", undefined],
    ["only spaces", "   ", undefined],
    ["only emoji", "😀😀", undefined],
  ])("%s: %j → %j", (_, query, kept) => {
    expect(normaliseMissQuery(query)).toBe(kept);
  });

  it(`cuts a long query to ${MAX_MISS_QUERY_LENGTH} characters, whole characters, without a trailing space`, () => {
    expect(MAX_MISS_QUERY_LENGTH).toBe(100);
    const long = `${"Health informatics ".repeat(10)}`;
    const kept = normaliseMissQuery(long)!;
    expect(kept).toBe("health informatics ".repeat(10).slice(0, 100).trimEnd());
    expect(kept.length).toBeLessThanOrEqual(100);
    expect(normaliseMissQuery("x".repeat(150))).toBe("x".repeat(100));
    // An emoji is two UTF-16 units but one character: 99 letters and one emoji are 100 characters, kept whole.
    expect(normaliseMissQuery(`${"a".repeat(99)}😀tail`)).toBe(`${"a".repeat(99)}😀`);
    expect(Array.from(normaliseMissQuery(`${"a".repeat(99)}😀tail`)!)).toHaveLength(100);
  });

  it("removes a personal detail before cutting, and drops a note cut short at the end", () => {
    // "[phone number removed]" would be cut to "[phone nu": no digit of the number, and no half note, is kept.
    expect(normaliseMissQuery(`${"a".repeat(90)} 07700 900123`)).toBe("a".repeat(90));
    expect(normaliseMissQuery(`${"a".repeat(70)} 07700 900123`)).toBe(`${"a".repeat(70)} [phone number removed]`);
    // A reader's own unclosed bracket is kept.
    expect(normaliseMissQuery(`${"a".repeat(90)} [band 7 jobs`)).toBe(`${"a".repeat(90)} [band 7 j`);
  });

  it("does not keep a query whose first 100 characters are only removed details", () => {
    expect(normaliseMissQuery(`${"reader@example.com ".repeat(7)}coder`)).toBeUndefined();
  });
});
