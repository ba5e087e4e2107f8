import { describe, expect, it } from "vitest";
import { createSearchEngine, search } from "@/lib/search";
import { engine, role, testContent, titles } from "./fixtures";

describe("search ranking", () => {
  it("ranks a page whose title matches above one that only mentions the word in its body", () => {
    const small = createSearchEngine(
      testContent([
        role({
          slug: "librarian",
          title: "Librarian",
          sections: [
            {
              id: "work",
              heading: "What the work involves",
              html: "<p>Librarians work with the archivist, ask the archivist, and cover for the archivist.</p>",
            },
          ],
        }),
        role({ slug: "archivist", title: "Archivist", summary: "Keeps records." }),
      ]),
    );
    expect(small.search("archivist").results.map((result) => result.slug)).toEqual(["archivist", "librarian"]);
  });

  it("ranks Healthcare Data Analyst (title) above Trust & Safety (whose body says 'Analysts')", () => {
    expect(titles("analyst")).toEqual(["Healthcare Data Analyst", "Trust & Safety"]);
  });

  it("finds Healthcare Data Analyst first for the skill SQL", () => {
    const [first] = engine.search("SQL").results;
    expect(first?.title).toBe("Healthcare Data Analyst");
    expect(first?.kind).toBe("role");
    expect(first?.url).toBe("/roles/healthcare-data-analyst");
    expect(first?.industry).toBe("Healthcare & Informatics");
    expect(first?.snippet).toContain("SQL");
  });

  it("finds Clinical Coder first for the code ICD-10, kept whole rather than split at the hyphen", () => {
    expect(titles("ICD-10")[0]).toBe("Clinical Coder");
    expect(titles("icd-10")[0]).toBe("Clinical Coder");
    expect(engine.search("ICD-10").terms).toEqual(["icd10"]);
    expect(titles("ICD")).toContain("Clinical Coder");
  });

  it("matches the start of a word: 'informat' finds Health Informatics Specialist first, and the industry", () => {
    const { results } = engine.search("informat");
    expect(results[0]?.title).toBe("Health Informatics Specialist");
    expect(results.map((result) => result.kind)).toContain("industry");
    expect(results.find((result) => result.kind === "industry")?.url).toBe("/industries/healthcare-informatics");
  });

  it("searches the listed facts: qualifications' abbreviations, workplaces and specialisms", () => {
    expect(titles("NCCQ")[0]).toBe("Clinical Coder");
    expect(titles("EMIS")[0]).toBe("Health Informatics Specialist");
    expect(titles("misinformation")[0]).toBe("Trust & Safety");
  });

  it("finds the roles a career path pattern leads to", () => {
    expect(titles("contact centre")).toEqual(expect.arrayContaining(["Trust & Safety", "Healthcare & Informatics"]));
  });

  it("forgives a small spelling mistake in a longer word, but not in a short one", () => {
    expect(titles("analist")[0]).toBe("Healthcare Data Analyst");
    // "coder" must not find the pages that only say "codes".
    expect(titles("coder")).toEqual(["Clinical Coder"]);
  });

  it("ignores common words, so a question finds the role it asks about", () => {
    const response = engine.search("What does a clinical coder do?");
    expect(response.terms).toEqual(["clinical", "coder"]);
    expect(response.matchedAllTerms).toBe(true);
    expect(response.results[0]?.title).toBe("Clinical Coder");
  });

  it("shows pages with all the words when there are some", () => {
    const response = engine.search("clinical SQL");
    expect(response.matchedAllTerms).toBe(true);
    expect(response.results.map((result) => result.title)).toEqual(["Healthcare Data Analyst"]);
  });

  it("falls back to pages with any of the words when none has them all, and says so", () => {
    const response = engine.search("coder SQL");
    expect(response.matchedAllTerms).toBe(false);
    expect(response.results.map((result) => result.title)).toEqual(
      expect.arrayContaining(["Clinical Coder", "Healthcare Data Analyst"]),
    );
  });

  it("finds nothing, without falling back, for a word that is nowhere", () => {
    expect(engine.search("zzzz")).toMatchObject({ query: "zzzz", terms: ["zzzz"], results: [], matchedAllTerms: true });
    expect(engine.search("zzzz qqqq").results).toEqual([]);
  });

  it("gives each result the words to highlight and a snippet of about 30 words around a match", () => {
    const [result] = engine.search("datasets").results;
    expect(result?.title).toBe("Clinical Coder");
    expect(result?.terms).toContain("datasets");
    expect(result?.snippet).toMatch(/datasets/);
    const words = result!.snippet.replace(/…/g, "").trim().split(/\s+/);
    expect(words.length).toBeLessThanOrEqual(30);
    expect(words.length).toBeGreaterThan(15);
  });

  it("search() uses the site's content", () => {
    expect(search("SQL").results[0]?.title).toBe("Healthcare Data Analyst");
  });
});
