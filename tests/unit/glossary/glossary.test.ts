import { describe, expect, it } from "vitest";
import { getContent } from "@/lib/content";
import { glossaryByLetter, glossaryLastUpdated, termHeading, termsOnPage } from "@/lib/glossary";

const content = getContent();

describe("the glossary's pages", () => {
  it("files every term under its letter, A to Z, with the roles whose pages use it", () => {
    const groups = glossaryByLetter(content);
    expect(groups.map((group) => group.letter.key).join("")).toBe("abcdefghijklmnopqrstuvwxyz");
    expect(groups.flatMap((group) => group.items).length).toBe(content.glossary.length);
    const h = groups.find((group) => group.letter.key === "h")!.items;
    expect(h.map((entry) => entry.title)).toEqual(["Healthcare Resource Groups", "Hospital Episode Statistics"]);
    expect(h[1]!.roles.map((role) => role.title)).toEqual(["Clinical Coder", "Healthcare Data Analyst"]);
  });

  it("starts from every abbreviation the seed uses, and the usual short forms of the names it gives", () => {
    const forms = new Set(content.glossary.flatMap((term) => [term.name, ...term.abbreviations, ...term.spellings]));
    for (const form of ["T&S", "HES", "NCCQ", "RoCC", "EPR", "PLICS", "HRGs", "ICD-10", "OPCS-4", "SNOMED", "GDPR", "SQL", "NHS", "IT", "EMIS", "GP"]) {
      expect(forms, form).toContain(form);
    }
    for (const form of ["ICB", "CCG", "Integrated Care Boards", "Clinical commissioning groups", "NHS England", "Online Safety Act", "ICD10", "ICD 10"]) {
      expect(forms, form).toContain(form);
    }
  });

  it("gives a page's terms A to Z, and heads a term with its abbreviations", () => {
    const coder = content.roles.find((role) => role.slug === "clinical-coder")!;
    expect(termsOnPage(coder.terms, content.glossary).map(termHeading)).toEqual([
      "Healthcare Resource Groups (HRGs)",
      "Hospital Episode Statistics (HES)",
      "ICD-10",
      "National Clinical Coding Qualification (NCCQ)",
      "NHS",
      "NHS trusts",
      "OPCS-4",
      "Patient Level Information and Costing System (PLICS)",
      "Registration of Clinical Coders (RoCC)",
    ]);
    expect(glossaryLastUpdated(content.glossary)).toBe("2026-12-03");
    expect(glossaryLastUpdated([])).toBeUndefined();
  });
});
