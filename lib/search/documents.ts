/** What the index holds for each industry and role: its title, summary, body and listed facts, as text. */
import type { Industry, Role } from "../content";
import { htmlToText } from "./text";
import type { SearchResultKind } from "./types";

export interface SearchDocument {
  id: string;
  kind: SearchResultKind;
  slug: string;
  title: string;
  industry?: string;
  summary: string;
  body: string;
  /** Listed facts: skills, standards, qualifications (names and abbreviations), specialisms, workplaces. */
  facts: string;
}

export const FIELDS = ["title", "facts", "summary", "body"] as const;

/** Title first, then the listed facts, then the summary, then the body. */
export const BOOST: Record<(typeof FIELDS)[number], number> = { title: 5, facts: 2.5, summary: 1.5, body: 1 };

export function roleDocument(role: Role, industries: Industry[]): SearchDocument {
  const industry = industries.find((candidate) => candidate.slug === role.industry);
  const pathsIn = industry?.pathPatterns.filter((pattern) => pattern.to === role.slug) ?? [];
  return {
    id: `role:${role.slug}`,
    kind: "role",
    slug: role.slug,
    title: role.title,
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
  };
}

export function industryDocument(industry: Industry): SearchDocument {
  return {
    id: `industry:${industry.slug}`,
    kind: "industry",
    slug: industry.slug,
    title: industry.name,
    summary: industry.summary,
    body: [
      htmlToText(industry.bigPictureHtml),
      ...industry.pathPatterns.map((pattern) => `${pattern.from}. ${pattern.description}`),
    ].join(" "),
    facts: "",
  };
}
