import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, normaliseQuery, queryTerms } from "@/lib/search";
import { engine } from "./fixtures";

describe("queries that are empty, huge or hostile", () => {
  it("treats an empty or missing query as no search", () => {
    for (const value of ["", "   ", "\n\t", undefined, null, 42, {}, [], [42]]) {
      expect(normaliseQuery(value)).toBe("");
      expect(engine.search(value)).toMatchObject({ query: "", terms: [], total: 0, results: [], matchedAllTerms: true });
    }
  });

  it("takes the first string when the query string repeats q", () => {
    expect(normaliseQuery(["sql", "coder"])).toBe("sql");
    expect(normaliseQuery([undefined, "coder"])).toBe("coder");
  });

  it("trims and collapses whitespace", () => {
    expect(normaliseQuery("  clinical \n\t  coder  ")).toBe("clinical coder");
  });

  it("turns control characters into spaces and removes invisible ones", () => {
    expect(normaliseQuery("sql\u0000data\u0007")).toBe("sql data");
    expect(normaliseQuery("S\u200BQL")).toBe("SQL");
    expect(normaliseQuery("\u202Esql\u202C")).toBe("sql");
    expect(normaliseQuery("\uD800sql")).toBe("sql");
    expect(normaliseQuery("\u0000\u0001\u200B")).toBe("");
  });

  it(`cuts a huge query to ${MAX_QUERY_LENGTH} characters without splitting a character`, () => {
    expect(normaliseQuery("a".repeat(100_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normaliseQuery("😀".repeat(1_000));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).not.toMatch(/\p{Cs}/u); // no half of a character
    const response = engine.search(`${"informatics ".repeat(10_000)}`);
    expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(response.results.length).toBeGreaterThan(0);
  });

  it(`searches at most ${MAX_QUERY_TERMS} distinct words`, () => {
    const many = Array.from({ length: 40 }, (_, index) => `word${index}`).join(" ");
    expect(queryTerms(normaliseQuery(many))).toHaveLength(MAX_QUERY_TERMS);
    expect(queryTerms("sql SQL Sql")).toEqual(["sql"]);
  });

  it("answers normally for markup, regular-expression syntax and odd unicode", () => {
    for (const query of [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "(.*+?[\\",
      "%00",
      "ﷺ".repeat(300),
      "Z̷̢a̸l̵g̶o̷",
      "مرحبا",
      "データ",
      "\uFFFD",
    ]) {
      const response = engine.search(query);
      expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(Array.isArray(response.results)).toBe(true);
    }
  });

  it("finds nothing for a query of only common words", () => {
    expect(engine.search("the and of")).toMatchObject({ query: "the and of", terms: [], results: [] });
  });
});
