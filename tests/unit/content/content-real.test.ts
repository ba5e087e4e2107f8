import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Content, type Industry, type Role } from "@/lib/content/load";
import { runCheck } from "@/lib/content/report";
import { formatProblem } from "@/lib/content/problems";

const root = process.cwd();
const result = loadContent(path.join(root, "content"), root);

let content: Content;
let industry: Industry;
const role = (slug: string): Role => {
  const found = content.roles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no role ${slug}`);
  return found;
};

beforeAll(() => {
  if (!result.content) throw new Error(`the content has problems:\n${result.problems.map(formatProblem).join("\n")}`);
  content = result.content;
  industry = content.industries[0]!;
});

describe("the site's content", () => {
  it("loads with no problems", () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.content).toBeDefined();
    // One industry, four roles and the glossary's terms, a file each.
    expect(result.files).toBe(5 + content.glossary.length);
  });

  it("passes npm run content:check, against its published version in git", () => {
    const run = runCheck([], path.join(root, "content"), root, {}, {});
    expect(run.output).toMatch(new RegExp(`^Content check: ${5 + content.glossary.length} files checked, 0 errors, `, "m"));
    expect(run.exitCode).toBe(0);
  });

  it("has one industry, healthcare-informatics, listing its four roles in order", () => {
    expect(content.industries.map((each) => each.slug)).toEqual(["healthcare-informatics"]);
    expect(industry.name).toBe("Healthcare & Informatics");
    expect(industry.file).toBe("content/industries/healthcare-informatics.md");
    expect(industry.roles).toEqual([
      "trust-and-safety",
      "healthcare-data-analyst",
      "clinical-coder",
      "health-informatics-specialist",
    ]);
  });

  it("has a file for each of the four roles, each in healthcare-informatics", () => {
    expect(content.roles.map((each) => each.slug).sort()).toEqual([...industry.roles].sort());
    for (const each of content.roles) {
      expect(each.industry).toBe("healthcare-informatics");
      expect(each.file).toBe(`content/roles/${each.slug}.md`);
      expect(each.sections.length).toBeGreaterThan(0);
    }
  });

  it("has two path patterns into trust & safety", () => {
    expect(industry.pathPatterns.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: "Customer service / contact centre", to: "trust-and-safety" },
      { from: "Healthcare / social work", to: "trust-and-safety" },
    ]);
  });

  it("records a clinical coder's standards and qualifications", () => {
    const coder = role("clinical-coder");
    expect(coder.standards.map((standard) => standard.name)).toEqual(expect.arrayContaining(["ICD-10", "OPCS-4"]));
    expect(coder.standards.find((standard) => standard.name === "ICD-10")?.use).toBe("codes for diagnoses");
    expect(coder.standards.find((standard) => standard.name === "OPCS-4")?.use).toBe("codes for procedures");
    expect(coder.qualifications.map((qualification) => qualification.abbreviation)).toEqual(["NCCQ", "RoCC"]);
    expect(coder.qualifications.map((qualification) => qualification.name)).toEqual([
      "National Clinical Coding Qualification",
      "Registration of Clinical Coders",
    ]);
  });

  it("records a healthcare data analyst's skills and standards", () => {
    const analyst = role("healthcare-data-analyst");
    expect(analyst.skills).toContain("SQL");
    const standards = analyst.standards.map((standard) => standard.name);
    for (const name of ["SNOMED", "ICD-10", "HES"]) {
      expect(standards.some((standard) => standard.includes(name)), `a standard naming ${name}`).toBe(true);
    }
  });

  it("records the five trust & safety specialisms", () => {
    expect(role("trust-and-safety").specialisms).toEqual([
      "Child safety",
      "Misinformation",
      "Violent extremism",
      "Account integrity",
      "Financial fraud",
    ]);
  });
});

/*
 * Source coverage: every sentence of the guide page the content was written from must appear, word for word, in
 * the loaded content, so that no fact of the source is missing from the site.
 */

const SOURCE = fs.readFileSync(path.join(root, "content/sources/000_4b916873ac9be32e.txt"), "utf8").replace(/\r\n?/g, "\n");
const sourceLines = SOURCE.split("\n").map((line) => line.trim());

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** HTML to plain text: tags removed (block ends become spaces), entities decoded, whitespace collapsed. */
function plain(html: string): string {
  return normalise(
    html
      .replace(/<\/(?:p|li|ul|ol|h[1-6]|blockquote)>|<br\s*\/?>/gi, " ")
      .replace(/<[^>]*>/g, "")
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(parseInt(decimal, 10)))
      .replace(/&([a-z]+);/gi, (entity: string, name: string) => ENTITIES[name.toLowerCase()] ?? entity),
  );
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function sentences(paragraph: string): string[] {
  return normalise(paragraph)
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .filter((sentence) => sentence.length > 0);
}

/** The source line that follows the line `heading`. */
function lineAfter(heading: string): string {
  const index = sourceLines.indexOf(heading);
  if (index < 0 || index + 1 >= sourceLines.length) throw new Error(`no line after "${heading}" in the source`);
  return sourceLines[index + 1]!;
}

/** The source lines from after `start` up to `end`. */
function linesBetween(start: string, end: string): string[] {
  const from = sourceLines.indexOf(start);
  const to = sourceLines.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no "${start}" ... "${end}" in the source`);
  return sourceLines.slice(from + 1, to).filter((line) => line !== "");
}

/** The sentences of `paragraph` that are not in `text`. */
function missingFrom(text: string, paragraph: string): string[] {
  return sentences(paragraph).filter((sentence) => !text.includes(sentence));
}

const roleText = (each: Role) => plain([each.summary, ...each.sections.map((section) => section.html)].join(" "));

const PROFILES: { start: string; slug: string }[] = [
  { start: "A Trust & Safety professional", slug: "trust-and-safety" },
  { start: "A Healthcare Data Analyst", slug: "healthcare-data-analyst" },
  { start: "A Clinical Coder", slug: "clinical-coder" },
  { start: "A Health Informatics Specialist", slug: "health-informatics-specialist" },
];

describe("source coverage", () => {
  it("splits sentences at a full stop followed by a capital, and nowhere else", () => {
    expect(sentences("Codes ICD-10 and OPCS-4. The NHS's plan. it goes on")).toEqual([
      "Codes ICD-10 and OPCS-4.",
      "The NHS's plan. it goes on",
    ]);
  });

  it("decodes entities and strips tags when reading rendered HTML", () => {
    expect(plain("<p>trust &#x26; safety &amp; <em>NHS</em>&#39;s\n data</p><p>Next.</p>")).toBe(
      "trust & safety & NHS's data Next.",
    );
  });

  it.each(PROFILES)("has every sentence of the $slug profile", ({ start, slug }) => {
    const paragraphs = sourceLines.filter((line) => line.startsWith(start));
    expect(paragraphs, `one source paragraph starting "${start}"`).toHaveLength(1);
    const paragraph = paragraphs[0]!;
    expect(sentences(paragraph).length).toBeGreaterThan(3);
    expect(missingFrom(roleText(role(slug)), paragraph)).toEqual([]);
  });

  it("has the industry summary", () => {
    const summary = lineAfter("Healthcare & Informatics");
    expect(summary).toMatch(/^Health data, clinical coding/);
    expect(missingFrom(normalise(industry.summary), summary)).toEqual([]);
  });

  it("has every sentence of the big picture", () => {
    const bigPicture = lineAfter("The big picture");
    expect(sentences(bigPicture)).toHaveLength(2);
    expect(missingFrom(plain(industry.bigPictureHtml), bigPicture)).toEqual([]);
  });

  it("has every path pattern: its background, its role and its explanation", () => {
    const block = linesBetween("Common path patterns", "Roles in this industry");
    const headings = block.filter((line) => line.startsWith("- "));
    const explanations = block.filter((line) => !line.startsWith("- "));
    expect(headings).toHaveLength(2);
    expect(explanations).toHaveLength(headings.length);
    expect(industry.pathPatterns).toHaveLength(headings.length);

    industry.pathPatterns.forEach((pattern, index) => {
      // The page shows each pattern as "- <background><role title>", then its explanation on the next line.
      expect(headings[index]).toBe(`- ${pattern.from}${role(pattern.to).title}`);
      expect(missingFrom(normalise(pattern.description), explanations[index]!)).toEqual([]);
    });
  });

  it("lists the roles in the order the source lists them", () => {
    const titles = sourceLines
      .filter((line) => line.startsWith("- ") && line.endsWith("View role →"))
      .map((line) => line.slice("- ".length, -"View role →".length));
    expect(titles).toEqual(industry.roles.map((slug) => role(slug).title));
  });
});
