import { getIndustries, getIndustryRoles, getRoles, type Industry, type Role, SLUG_PATTERN } from "../content";
import { lastUpdated } from "../updates";
import { getSiteUrl } from "../shared";
import {
  absoluteUrl,
  glossaryPath,
  industryApiPath,
  industryFeedPath,
  industryPath,
  roleApiPath,
  roleFeedPath,
  rolePath,
} from "../shared";

/**
 * The site's content as open data: the JSON served at /api/roles.json, /api/roles/<role>.json,
 * /api/industries.json and /api/industries/<industry>.json (see docs/open-data.md).
 *
 * Each item is the validated content's own fields, so a field added to the content schema appears here
 * without a change to this file (among them `changes`, the page's public history, newest first), plus
 * `lastUpdated` (the newest change's date) and absolute URLs built on SITE_URL: `url` (the page), `api` (the JSON)
 * and `feed` (the page's Atom feed of changes). Internal fields (`file`, the path of the markdown file) are left out.
 * Dates are `YYYY-MM-DD` strings.
 */

/** A content item without its internal fields. */
function withoutInternals<T extends { file: string }>(item: T): Omit<T, "file"> {
  const copy: Partial<T> = { ...item };
  delete copy.file;
  return copy as Omit<T, "file">;
}

/**
 * A page's HTML with each term's first use linking to the term in the glossary (`https://…/glossary#hes`): on the
 * page it links to "Terms on this page" (`#term-hes`), which the JSON does not have.
 */
const glossaryLinks = (html: string, siteUrl: URL) =>
  html.replace(/href="#term-([a-z0-9-]+)"/g, (_, slug: string) => `href="${absoluteUrl(glossaryPath(slug), siteUrl)}"`);

export interface RoleSummaryJson {
  slug: string;
  title: string;
  summary: string;
  lastUpdated: string;
  url: string;
  api: string;
}

export interface IndustrySummaryJson {
  slug: string;
  name: string;
  summary: string;
  lastUpdated: string;
  url: string;
  api: string;
}

export interface ListJson<Item> {
  count: number;
  items: Item[];
}

/** A listed page's `lastUpdated`, `url` (the page) and `api` (its JSON), as every index gives them. */
function dateAndAddresses(changes: Role["changes"], page: string, api: string, siteUrl: URL) {
  return { lastUpdated: lastUpdated(changes), url: absoluteUrl(page, siteUrl), api: absoluteUrl(api, siteUrl) };
}

export function roleSummaryJson(role: Role, siteUrl: URL = getSiteUrl()): RoleSummaryJson {
  return {
    slug: role.slug,
    title: role.title,
    summary: role.summary,
    ...dateAndAddresses(role.changes, rolePath(role.slug), roleApiPath(role.slug), siteUrl),
  };
}

export function industrySummaryJson(industry: Industry, siteUrl: URL = getSiteUrl()): IndustrySummaryJson {
  return {
    slug: industry.slug,
    name: industry.name,
    summary: industry.summary,
    ...dateAndAddresses(industry.changes, industryPath(industry.slug), industryApiPath(industry.slug), siteUrl),
  };
}

/**
 * One role: its validated fields (with `changes`, newest first), `lastUpdated`, its rendered profile sections as
 * `{ id, heading, html }`, then `url`, `api` and `feed`.
 */
export function roleToJson(role: Role, siteUrl: URL = getSiteUrl()) {
  const { sections, ...fields } = withoutInternals(role);
  return {
    ...fields,
    lastUpdated: lastUpdated(role.changes),
    sections: sections.map(({ id, heading, html }) => ({ id, heading, html: glossaryLinks(html, siteUrl) })),
    url: absoluteUrl(rolePath(role.slug), siteUrl),
    api: absoluteUrl(roleApiPath(role.slug), siteUrl),
    feed: absoluteUrl(roleFeedPath(role.slug), siteUrl),
  };
}

export type RoleJson = ReturnType<typeof roleToJson>;

/**
 * One industry: its validated fields (with `changes`, newest first), with each path pattern's `url` (the page of the
 * role it leads to) and its roles, in the industry's order, as `{ slug, title, url }` instead of bare slugs; then
 * `lastUpdated`, `url`, `api` and `feed`.
 */
export function industryToJson(
  industry: Industry,
  { roles = getIndustryRoles(industry), siteUrl = getSiteUrl() }: { roles?: Role[]; siteUrl?: URL } = {},
) {
  const { pathPatterns, roles: roleSlugs, bigPictureHtml, ...fields } = withoutInternals(industry);
  const titles = new Map(roles.map((role) => [role.slug, role.title]));
  return {
    ...fields,
    bigPictureHtml: glossaryLinks(bigPictureHtml, siteUrl),
    pathPatterns: pathPatterns.map((pattern) => ({
      ...pattern,
      url: absoluteUrl(rolePath(pattern.to), siteUrl),
    })),
    roles: roleSlugs.map((slug) => ({
      slug,
      title: titles.get(slug) ?? slug,
      url: absoluteUrl(rolePath(slug), siteUrl),
    })),
    lastUpdated: lastUpdated(industry.changes),
    url: absoluteUrl(industryPath(industry.slug), siteUrl),
    api: absoluteUrl(industryApiPath(industry.slug), siteUrl),
    feed: absoluteUrl(industryFeedPath(industry.slug), siteUrl),
  };
}

export type IndustryJson = ReturnType<typeof industryToJson>;

/** /api/roles.json: every role's summary, in slug order (the order of the files in content/roles). */
export function rolesIndexJson(roles: Role[] = getRoles(), siteUrl: URL = getSiteUrl()): ListJson<RoleSummaryJson> {
  return { count: roles.length, items: roles.map((role) => roleSummaryJson(role, siteUrl)) };
}

/** /api/industries.json: every industry's summary. */
export function industriesIndexJson(
  industries: Industry[] = getIndustries(),
  siteUrl: URL = getSiteUrl(),
): ListJson<IndustrySummaryJson> {
  return { count: industries.length, items: industries.map((industry) => industrySummaryJson(industry, siteUrl)) };
}

/** The file name an item's JSON is served as, for `generateStaticParams`: `clinical-coder.json`. */
export const jsonFileName = (slug: string): string => `${slug}.json`;

/** The slug in a JSON file name (`clinical-coder.json` → `clinical-coder`), or undefined if it is not one. */
export function slugFromJsonFileName(fileName: string): string | undefined {
  if (!fileName.endsWith(".json")) return undefined;
  const slug = fileName.slice(0, -".json".length);
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

/** A pretty-printed JSON response, `application/json; charset=utf-8`. */
export function jsonResponse(body: unknown, init: { status?: number } = {}): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
