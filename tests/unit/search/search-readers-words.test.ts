/**
 * Search that knows the words (issue 21), on the guide's own content: the spellings readers type, each with the
 * role that must come first; the glossary's entry offered for a term; suggestions when nothing is found.
 */
import { describe, expect, it } from "vitest";
import { content, engine } from "./fixtures";

/** The roles whose page (its text, listed facts and titles) says `phrase`, in any capitals. */
const rolesSaying = (phrase: string) =>
  content.roles
    .filter((role) =>
      [role.title, role.summary, ...role.sections.map((section) => section.html), ...role.skills, ...role.workplaces]
        .join(" ")
        .toLowerCase()
        .includes(phrase.toLowerCase()),
    )
    .map((role) => role.slug);

const READERS_SPELLINGS: [query: string, first: string][] = [
  ["T&S", "trust-and-safety"],
  ["t&s", "trust-and-safety"],
  ["T & S", "trust-and-safety"],
  ["trust and safety", "trust-and-safety"],
  ["icd10", "clinical-coder"],
  ["ICD 10", "clinical-coder"],
  ["icd-10", "clinical-coder"],
  ["ICD10", "clinical-coder"],
  ["opcs4", "clinical-coder"],
  ["OPCS 4", "clinical-coder"],
  ["opcs-4", "clinical-coder"],
  // Both the Health Informatics Specialist's and the Healthcare Data Analyst's pages name Integrated Care Boards:
  // the specialist's page, the shorter text naming them, ranks first (see the test below).
  ["icb", "health-informatics-specialist"],
  ["ICB", "health-informatics-specialist"],
  ["ICBs", "health-informatics-specialist"],
  ["integrated care boards", "health-informatics-specialist"],
  ["ccg", "healthcare-data-analyst"],
  ["CCGs", "healthcare-data-analyst"],
  ["clinical commissioning groups", "healthcare-data-analyst"],
  ["nccq", "clinical-coder"],
  ["rocc", "clinical-coder"],
  ["RoCC", "clinical-coder"],
  ["epr", "health-informatics-specialist"],
  ["electronic patient records", "health-informatics-specialist"],
  ["sql", "healthcare-data-analyst"],
  ["hes", "clinical-coder"],
  ["Hospital Episode Statistics", "clinical-coder"],
  ["G.D.P.R.", "healthcare-data-analyst"],
];

describe("readers' spellings find the role they mean, first", () => {
  it.each(READERS_SPELLINGS)("%s finds %s first", (query, first) => {
    const { results } = engine.search(query);
    expect(results[0]?.kind).toBe("role");
    expect(results[0]?.slug).toBe(first);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("puts first a role whose page names what was searched for", () => {
    expect(rolesSaying("Integrated Care Boards")).toEqual(
      expect.arrayContaining(["health-informatics-specialist", "healthcare-data-analyst"]),
    );
    expect(engine.search("icb").results.slice(0, 2).map((result) => result.slug).sort()).toEqual(
      ["health-informatics-specialist", "healthcare-data-analyst"],
    );
    expect(rolesSaying("Hospital Episode Statistics")).toContain("clinical-coder");
    expect(rolesSaying("ICD-10")).toEqual(expect.arrayContaining(["clinical-coder", "healthcare-data-analyst"]));
  });

  it("matches a phrase as a phrase: 'ccg' finds only the page that says clinical commissioning groups", () => {
    expect(rolesSaying("clinical commissioning groups")).toEqual(["healthcare-data-analyst"]);
    expect(engine.search("ccg").results.map((result) => result.slug)).toEqual(["healthcare-data-analyst"]);
  });

  it("finds every spelling of a code alike, and marks the code as the page writes it", () => {
    const slugs = (query: string) => engine.search(query).results.map((result) => result.slug);
    for (const query of ["icd10", "ICD 10", "icd-10", "ICD-10"]) expect(slugs(query), query).toEqual(slugs("ICD-10"));
    expect(engine.search("ICD 10").terms).toEqual(["icd10"]);
    expect(engine.search("T & S").terms).toEqual(["t&s"]);
    const [coder] = engine.search("icd10").results;
    expect(coder?.snippet).toMatch(/ICD-10/);
    expect(coder?.terms).toContain("icd10");
  });

  it("finds a role by another title it is known by", () => {
    const withOtherTitles = content.roles.filter((role) => role.alsoKnownAs.length > 0);
    expect(withOtherTitles.length).toBeGreaterThan(0);
    for (const role of withOtherTitles) {
      for (const other of role.alsoKnownAs) expect(engine.search(other.title).results[0]?.slug, other.title).toBe(role.slug);
    }
  });

  it("still finds pages for words the glossary does not know, as before", () => {
    expect(engine.search("coder").results.map((result) => result.slug)).toEqual(["clinical-coder"]);
    expect(engine.search("data").results.length).toBeGreaterThan(1);
    expect(engine.search("zzzz").results).toEqual([]);
  });
});

describe("a search for a term offers its glossary entry", () => {
  it("gives the entry of the term the query names, with its address", () => {
    expect(engine.search("hes").glossary).toEqual([
      {
        slug: "hes",
        name: "Hospital Episode Statistics",
        abbreviations: ["HES"],
        definition: content.glossary.find((term) => term.slug === "hes")!.definition,
        url: "/glossary#hes",
      },
    ]);
    expect(engine.search("ICD 10").glossary?.map((entry) => entry.slug)).toEqual(["icd-10"]);
    expect(engine.search("t&s").glossary?.map((entry) => entry.slug)).toEqual(["trust-and-safety"]);
  });

  it("gives the entries of each term a query names, in its order, at most three", () => {
    expect(engine.search("hes sql").glossary?.map((entry) => entry.slug)).toEqual(["hes", "sql"]);
    expect(engine.search("hes sql epr nccq").glossary).toHaveLength(3);
  });

  it("gives none for a query that names no term", () => {
    expect(engine.search("coder").glossary).toBeUndefined();
    expect(engine.search("").glossary).toBeUndefined();
  });
});

describe("a search that finds nothing suggests the nearest words and roles", () => {
  it("respells 'clinicle codr' as the guide does, and offers the Clinical Coder", () => {
    const response = engine.search("clinicle codr");
    expect(response.total).toBe(0);
    expect(response.suggestions?.terms[0]).toBe("clinical coder");
    expect(response.suggestions?.roles[0]).toEqual({
      title: "Clinical Coder",
      url: "/roles/clinical-coder",
      industry: "Healthcare & Informatics",
    });
  });

  it("respells 'snomd' as SNOMED, with its glossary entry and the role that names it", () => {
    const { total, suggestions } = engine.search("snomd");
    expect(total).toBe(0);
    expect(suggestions?.terms[0]).toBe("snomed");
    expect(suggestions?.glossary.map((entry) => entry.slug)).toEqual(["snomed"]);
    expect(suggestions?.roles.map((role) => role.url)).toContain("/roles/healthcare-data-analyst");
  });

  it("suggests only searches that find something", () => {
    for (const query of ["clinicle codr", "snomd", "saftey", "codng", "trsut"]) {
      const { suggestions } = engine.search(query);
      expect(suggestions, query).toBeDefined();
      for (const term of suggestions!.terms) expect(engine.search(term).total, `${query} → ${term}`).toBeGreaterThan(0);
    }
  });

  it("suggests nothing when nothing is near, and never when there are results", () => {
    expect(engine.search("zzzzqqq").suggestions).toBeUndefined();
    expect(engine.search("qx").suggestions).toBeUndefined();
    expect(engine.search("12345").suggestions).toBeUndefined();
    expect(engine.search("coder").suggestions).toBeUndefined();
  });
});
