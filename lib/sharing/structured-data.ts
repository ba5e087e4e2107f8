import type { Industry, Qualification, Role } from "../content";
import { getSiteUrl, SITE_NAME, absoluteUrl, homePath, industryPath, rolePath } from "../shared";

/**
 * schema.org structured data (JSON-LD) for role pages: an `Occupation` describing the role and a
 * `BreadcrumbList` matching the page's visible breadcrumb. Every value comes from the role's content.
 */

const CONTEXT = "https://schema.org";

type JsonLdObject = { "@context"?: string; "@type": string; [property: string]: unknown };

/**
 * The NHS (the UK's National Health Service) is named in the content of roles that the guide describes in UK
 * settings. Only for those does the Occupation say where it applies; for a role whose content names no place
 * (Trust & Safety) `occupationLocation` is left out rather than guessed.
 */
const NHS = /\bNHS\b/;

function namesTheNhs(role: Role): boolean {
  const texts = [
    role.summary,
    ...role.workplaces,
    ...role.skills,
    ...role.standards.flatMap((standard) => [standard.name, standard.use ?? ""]),
    ...role.qualifications.map((qualification) => qualification.name),
    ...role.sections.map((section) => section.html),
  ];
  return texts.some((text) => NHS.test(text));
}

function credential(qualification: Qualification): JsonLdObject {
  return {
    "@type": "EducationalOccupationalCredential",
    name: qualification.name,
    ...(qualification.abbreviation ? { alternateName: qualification.abbreviation } : {}),
    ...(qualification.kind ? { credentialCategory: qualification.kind } : {}),
  };
}

/**
 * A role as a schema.org Occupation. Skills are `DefinedTerm`s (one per skill: several skills contain commas,
 * so a comma-separated Text would blur them) and qualifications are `EducationalOccupationalCredential`s.
 * `mainEntityOfPage` is the role's page, with its `lastReviewed` date, and
 * `occupationalCategory` is the name of the industry that lists the role.
 */
export function occupationJsonLd(role: Role, industry: Industry, siteUrl: URL = getSiteUrl()): JsonLdObject {
  const pageUrl = absoluteUrl(rolePath(role.slug), siteUrl);
  return {
    "@context": CONTEXT,
    "@type": "Occupation",
    name: role.title,
    // The other titles the job is known by (its "Also known as").
    ...(role.alsoKnownAs.length > 0 ? { alternateName: role.alsoKnownAs.map((other) => other.title) } : {}),
    description: role.summary,
    // The industry that lists the role: schema.org prefers a taxonomy code here, and accepts Text.
    occupationalCategory: industry.name,
    ...(role.skills.length > 0
      ? { skills: role.skills.map((skill) => ({ "@type": "DefinedTerm", name: skill })) }
      : {}),
    ...(role.qualifications.length > 0 ? { qualifications: role.qualifications.map(credential) } : {}),
    ...(namesTheNhs(role) ? { occupationLocation: { "@type": "Country", name: "United Kingdom" } } : {}),
    mainEntityOfPage: {
      "@type": "WebPage",
      "@id": pageUrl,
      url: pageUrl,
      name: role.title,
      isPartOf: { "@type": "WebSite", name: SITE_NAME, url: absoluteUrl(homePath(), siteUrl) },
      lastReviewed: role.lastReviewed,
    },
  };
}

export interface BreadcrumbItem {
  name: string;
  /** An absolute URL. */
  url: string;
}

/** A schema.org BreadcrumbList: one ListItem per crumb, numbered from 1, each `item` an absolute URL. */
export function breadcrumbJsonLd(items: BreadcrumbItem[]): JsonLdObject {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: items.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** The role page's breadcrumb as the page shows it (Home › industry › role), with absolute URLs. */
export function roleBreadcrumbs(role: Role, industry: Industry, siteUrl: URL = getSiteUrl()): BreadcrumbItem[] {
  return [
    { name: "Home", url: absoluteUrl(homePath(), siteUrl) },
    { name: industry.name, url: absoluteUrl(industryPath(industry.slug), siteUrl) },
    { name: role.title, url: absoluteUrl(rolePath(role.slug), siteUrl) },
  ];
}

/** Everything a role page carries as JSON-LD. */
export function roleJsonLd(role: Role, industry: Industry, siteUrl: URL = getSiteUrl()): JsonLdObject[] {
  return [occupationJsonLd(role, industry, siteUrl), breadcrumbJsonLd(roleBreadcrumbs(role, industry, siteUrl))];
}

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` are written as \u003c, \u003e and \u0026
 * (the same JSON to a parser), so no content can close the script tag or open an HTML comment.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026");
}
