/** What the index holds for each industry and role: its title, summary, body and listed facts, as text. */
import type { Industry, Role } from "../content";
import { htmlToText } from "./text";
import type { SearchResultKind } from "./types";

export interface SearchDocument {
  id: string;
  kind: SearchResultKind;
  slug: string;
  title: string;
  /** A role's other titles ("Also known as"), each ranked nearly as its title is. */
  aliases: string;
  industry?: string;
  summary: string;
  body: string;
  /** Listed facts: skills, standards, qualifications (names and abbreviations), specialisms, workplaces. */
  facts: string;
  /** The slugs of the glossary terms the page names, in any of their forms (synonyms.ts), separated by spaces. */
  glossary: string;
  /** Those its title or other titles name: the page is about them ("Trust & Safety" and T&S). */
  titleGlossary: string;
}

/** Which glossary terms a page's texts name (synonyms.ts's glossaryUses). */
export type GlossaryUses = (texts: readonly string[]) => string[];

/** The fields a query's words are looked for in. */
export const TEXT_FIELDS = ["title", "aliases", "facts", "summary", "body"] as const;
/** The glossary terms a page names, and those its titles name, which a query that names one looks for (synonyms.ts). */
export const GLOSSARY_FIELDS = ["titleGlossary", "glossary"] as const;
export const FIELDS = [...TEXT_FIELDS, ...GLOSSARY_FIELDS] as const;

/**
 * Title first (and the glossary terms it names), then other titles, then the glossary terms the page names, then
 * the listed facts, then the summary, then the body.
 */
export const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 5,
  titleGlossary: 5,
  aliases: 4,
  glossary: 3,
  facts: 2.5,
  summary: 1.5,
  body: 1,
};

/** The document with the glossary terms its texts name, and those its titles name. */
function withGlossary<T extends Omit<SearchDocument, "glossary" | "titleGlossary">>(document: T, uses: GlossaryUses): SearchDocument {
  const texts = [document.title, document.aliases, document.facts, document.summary, document.body];
  return { ...document, glossary: uses(texts).join(" "), titleGlossary: uses([document.title, document.aliases]).join(" ") };
}

export function roleDocument(role: Role, industries: Industry[], uses: GlossaryUses): SearchDocument {
  const industry = industries.find((candidate) => candidate.slug === role.industry);
  const pathsIn = industry?.pathPatterns.filter((pattern) => pattern.to === role.slug) ?? [];
  return withGlossary({
    id: `role:${role.slug}`,
    kind: "role",
    slug: role.slug,
    title: role.title,
    aliases: role.alsoKnownAs.map((other) => other.title).join(". "),
    industry: industry?.name,
    summary: role.summary,
    body: [
      ...role.sections.map((section) => htmlToText(section.html)),
      ...pathsIn.map((pattern) => `${pattern.from}. ${pattern.description}`),
    ].join(" "),
    facts: [
      ...role.skills,
      ...role.standards.map((standard) => standard.name),
      ...role.qualifications.flatMap((q) => (q.abbreviation ? [q.name, q.abbreviation] : [q.name])),
      ...role.specialisms,
      ...role.workplaces,
    ].join(". "),
  }, uses);
}

export function industryDocument(industry: Industry, uses: GlossaryUses): SearchDocument {
  return withGlossary({
    id: `industry:${industry.slug}`,
    kind: "industry",
    slug: industry.slug,
    title: industry.name,
    aliases: "",
    summary: industry.summary,
    body: [
      htmlToText(industry.bigPictureHtml),
      ...industry.pathPatterns.map((pattern) => `${pattern.from}. ${pattern.description}`),
    ].join(" "),
    facts: "",
  }, uses);
}
