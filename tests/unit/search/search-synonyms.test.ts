/**
 * Codes whatever their punctuation, synonyms from the glossary and the roles' other titles, and spelling
 * suggestions, on small made-up guides (search-readers-words.test.ts has the guide's own words).
 */
import { describe, expect, it } from "vitest";
import { createSearchEngine, editDistance, highlight, indexTerms, indexWords, makeVocabulary, nearestWords, queryParts, respell, words } from "@/lib/search";
import { glossaryTerm, role, testContent } from "./fixtures";

const section = (html: string) => [{ id: "work" as const, heading: "What the work involves", html }];

describe("codes, whatever their punctuation", () => {
  it("keeps a letter & a letter as one word, spaced or not, and splits longer words at the &", () => {
    expect(words("T&S, t&s and T & S")).toEqual(["T&S", "t&s", "and", "T&S"]);
    expect(words("Trust & Safety, R&D")).toEqual(["Trust", "Safety", "R&D"]);
    expect(words("AT&T")).toEqual(["AT", "T"]);
    expect(words("G.D.P.R. and N.H.S")).toEqual(["GDPR", "and", "NHS"]);
  });

  it("indexes a code as itself without its hyphen and as its parts", () => {
    expect(indexTerms("ICD-10")).toEqual(["icd10", "icd", "10"]);
    expect(indexTerms("ICD10")).toEqual(["icd10"]);
    expect(indexTerms("T&S")).toEqual(["t&s"]);
    expect(indexTerms("end-to-end")).toEqual(["endtoend", "end"]);
    expect(indexTerms("Data")).toEqual(["data"]);
    expect(indexTerms("the")).toBeNull();
    expect(indexTerms("x")).toBeNull();
  });

  it("reads 'icd-10', 'icd10' and 'ICD 10' as the one term, and indexes a code written as two words as one too", () => {
    for (const query of ["icd-10", "icd10", "ICD 10", "Icd-10"]) expect(queryParts(query).map((part) => part.term), query).toEqual(["icd10"]);
    expect(queryParts("ICD 10")[0]?.typed).toEqual(["icd", "10"]);
    expect(indexWords("Uses ICD 10 and Band 5 for 10 years")).toEqual(["Uses", "ICD", "10", "and", "Band", "5", "for", "10", "years", "ICD10", "Band5"]);
    // A common word and a number are not a code; nor is a number and a word.
    expect(queryParts("at 10 icd").map((part) => part.term)).toEqual(["10", "icd"]);
    expect(queryParts("T & S").map((part) => part.term)).toEqual(["t&s"]);
  });

  const coded = createSearchEngine(
    testContent([
      role({ slug: "coder", title: "Coder", sections: section("<p>Assigns ICD-10 codes.</p>") }),
      role({ slug: "writer", title: "Writer", sections: section("<p>Writes 10 reports a week about the ICD.</p>") }),
      role({ slug: "reviewer", title: "Reviewer", sections: section("<p>Reviews ICD 10 codes.</p>") }),
      role({ slug: "moderator", title: "Moderator", sections: section("<p>Joins a T&amp;S team.</p>") }),
    ]),
  );
  const slugs = (query: string) => coded.search(query).results.map((result) => result.slug);

  it("finds a code written any way, and only the page with the code", () => {
    for (const query of ["icd10", "ICD-10", "icd 10", "ICD10"]) expect(slugs(query).sort(), query).toEqual(["coder", "reviewer"]);
    for (const query of ["T&S", "t&s", "T & S"]) expect(slugs(query), query).toEqual(["moderator"]);
  });

  it("finds a number alone where it was found before: on its own and in codes", () => {
    expect(slugs("10").sort()).toEqual(["coder", "reviewer", "writer"]);
    expect(slugs("icd").sort()).toEqual(["coder", "reviewer", "writer"]);
  });

  it("marks a code however the page writes it", () => {
    const marked = (text: string, terms: string[]) => highlight(text, terms).filter((each) => each.match).map((each) => each.text);
    expect(marked("ICD-10, ICD 10 and icd10; ICD-11", ["icd10"])).toEqual(["ICD-10", "ICD 10", "icd10"]);
    expect(marked("T&S and T & S teams, and Trust & Safety", ["t&s"])).toEqual(["T&S", "T & S"]);
    expect(coded.search("icd 10").results[0]?.snippet).toContain("ICD-10");
  });
});

describe("synonyms from the glossary and the roles' other titles", () => {
  const boards = glossaryTerm({
    slug: "widget-control-boards",
    name: "Widget Control Boards",
    abbreviations: ["WCBs"],
    spellings: ["WCB", "W.C.B."],
    definition: "Boards that control widgets.",
  });
  const guide = createSearchEngine(
    testContent(
      [
        role({ slug: "planner", title: "Planner", sections: section("<p>Works for widget control boards across the country.</p>") }),
        role({ slug: "fitter", title: "Fitter", sections: section("<p>Fits a widget to a control panel on a board.</p>") }),
        role({
          slug: "clerk",
          title: "Records Clerk",
          alsoKnownAs: [{ title: "Filing officer", source: "000_test.txt", quote: "A quote." }],
          summary: "Keeps records in order.",
        }),
        role({ slug: "archivist", title: "Archivist", summary: "Works beside the filing officer." }),
      ],
      [boards],
    ),
  );
  const slugs = (query: string) => guide.search(query).results.map((result) => result.slug);

  it("widens an abbreviation or spelling to the term's name, found as a phrase", () => {
    for (const query of ["wcb", "WCBs", "W.C.B.", "wcbs"]) expect(slugs(query), query).toEqual(["planner"]);
    // Found by the glossary term it names: the slug is no word of the page, and is not marked.
    expect(guide.search("wcb").results[0]?.terms).toEqual(["wcb"]);
  });

  it("ranks the page that names the phrase above one that has its words apart", () => {
    expect(slugs("widget control boards")).toEqual(["planner", "fitter"]);
    expect(guide.search("widget control board").results[0]?.slug).toBe("planner");
  });

  it("offers the glossary's entry for the term a query names", () => {
    expect(guide.search("wcb").glossary).toEqual([
      {
        slug: "widget-control-boards",
        name: "Widget Control Boards",
        abbreviations: ["WCBs"],
        definition: "Boards that control widgets.",
        url: "/glossary#widget-control-boards",
      },
    ]);
    expect(guide.search("widget").glossary).toBeUndefined();
  });

  it("finds a role by its other titles, ranked as a title, but not the other way round", () => {
    expect(slugs("filing officer")[0]).toBe("clerk");
    expect(slugs("records clerk")).toEqual(["clerk"]);
  });

  it("widens each phrase of a longer query, and needs all of them", () => {
    expect(slugs("wcb across")).toEqual(["planner"]);
    expect(guide.search("wcb fits").matchedAllTerms).toBe(false);
  });
});

describe("spelling suggestions", () => {
  it("measures Damerau-Levenshtein distance, stopping past the most edits allowed", () => {
    expect(editDistance("saftey", "safety", 2)).toBe(1);
    expect(editDistance("clinicle", "clinical", 2)).toBe(2);
    expect(editDistance("codr", "coder", 1)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("same", "same", 0)).toBe(0);
  });

  const vocabulary = makeVocabulary(
    new Map([
      ["code", 3],
      ["coder", 2],
      ["codes", 9],
      ["clinical", 20],
      ["clinics", 1],
      ["2026", 5],
    ]),
    ["snomed"],
  );

  it("finds the nearest words the guide uses, the likeliest first", () => {
    expect(nearestWords("clinicle", vocabulary)).toEqual(["clinical", "clinics"]);
    expect(nearestWords("codr", vocabulary)).toEqual(["code", "coder"]);
    expect(nearestWords("snomd", vocabulary)).toEqual(["snomed"]);
    expect(nearestWords("coder", vocabulary)).toEqual(["coder"]);
    expect(nearestWords("zzzzzz", vocabulary)).toEqual([]);
    expect(nearestWords("2025", vocabulary)).toEqual([]);
    expect(nearestWords("cd", vocabulary)).toEqual([]);
  });

  it("chooses among words as near the one that matches best with the others", () => {
    const score = (terms: string[]) => (terms.join(" ") === "clinical coder" ? 2 : 1);
    expect(respell(["clinicle", "codr"], vocabulary, score)).toBe("clinical coder");
    expect(respell(["coder"], vocabulary, score)).toBeUndefined();
    expect(respell(["zzzzzz", "codr"], vocabulary, () => 1)).toBe("code");
  });

  it("suggests, for a search that finds nothing, the respelt search and the roles it finds", () => {
    const small = createSearchEngine(
      testContent([role({ slug: "coder", title: "Clinical Coder" }), role({ slug: "nurse", title: "Clinical Nurse" })]),
    );
    expect(small.search("clinicle codr")).toMatchObject({
      total: 0,
      suggestions: { terms: ["clinical coder"], roles: [{ title: "Clinical Coder", url: "/roles/coder" }], glossary: [] },
    });
    expect(small.search("clinicle").suggestions?.roles.map((each) => each.title).sort()).toEqual(["Clinical Coder", "Clinical Nurse"]);
  });
});
