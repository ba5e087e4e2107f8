import type { Route } from "next";
import { getSiteUrl } from "./site";

/** Every URL the site links to is built here, so a route change is one edit. */
export const homePath = (): Route => "/";
export const industryPath = (slug: string): Route => `/industries/${slug}` as Route;
export const rolePath = (slug: string): Route => `/roles/${slug}` as Route;
/** The accessibility statement, linked from every page's footer. */
export const accessibilityPath = (): Route => "/accessibility";
/** The privacy notice (what feedback stores and for how long), linked from every page's footer. */
export const privacyPath = (): Route => "/privacy";
/** The glossary, A to Z, and one term's entry on it (`/glossary#hes`). */
export const glossaryPath = (slug?: string): Route => (slug ? `/glossary#${slug}` : "/glossary") as Route;
/** Every change note in the guide, newest first. */
export const updatesPath = (): Route => "/updates";

/**
 * The Atom feeds (RFC 4287) of change notes: the whole guide's, and each role's and industry's own. They are not
 * pages, so they are linked with a plain `<a>` (and announced in the page's head), never with next/link.
 */
export const updatesFeedPath = (): string => "/updates.atom";
export const roleFeedPath = (slug: string): string => `/roles/${slug}/updates.atom`;
export const industryFeedPath = (slug: string): string => `/industries/${slug}/updates.atom`;

/** The A to Z of all roles, `/roles`, and one letter's roles (`/roles/a-z/r`, `/roles/a-z/r/2` from page 2). */
export const rolesIndexPath = (): Route => "/roles";
export const ROLES_A_TO_Z_SEGMENT = "a-z";
export const letterPath = (letter: string, page = 1): Route =>
  `/roles/${ROLES_A_TO_Z_SEGMENT}/${letter}${page > 1 ? `/${page}` : ""}` as Route;
/** Every industry, with its summary and number of roles. */
export const industriesIndexPath = (): Route => "/industries";
/** An industry's list of roles from page 2 on, when it has more than fit on its page (page 1 is the industry page). */
export const industryRolesPath = (slug: string, page: number): Route =>
  (page > 1 ? `/industries/${slug}/roles/${page}` : `/industries/${slug}#roles`) as Route;

/**
 * Slugs no content page may take, because one of the site's own pages has that address (a role slugged `a-z` would
 * be /roles/a-z, the start of the A to Z's addresses), each with what has the address. The content check refuses them.
 */
export const RESERVED_SLUGS: Readonly<Record<"roles" | "industries", ReadonlyMap<string, string>>> = {
  roles: new Map([
    [ROLES_A_TO_Z_SEGMENT, `/roles/${ROLES_A_TO_Z_SEGMENT}/… is the A to Z of all roles`],
    ["opengraph-image", "/roles/opengraph-image is the link-preview image of /roles"],
    ["twitter-image", "/roles/twitter-image is the link-preview image of /roles"],
  ]),
  industries: new Map([
    ["opengraph-image", "/industries/opengraph-image is the link-preview image of /industries"],
    ["twitter-image", "/industries/twitter-image is the link-preview image of /industries"],
  ]),
};

/** The site's pages that do not come from content files. A content link to any other path must be a content page. */
export const STATIC_PATHS: readonly string[] = [
  "/",
  "/industries",
  "/roles",
  "/compare",
  "/search",
  "/accessibility",
  "/privacy",
  "/updates",
  "/glossary",
];

/**
 * The id of "All updates to this page", the page's history, on every role and industry page (`#updates`). Not yet
 * among the parts a content link may point at (below): the content check's messages list those.
 */
export const PAGE_HISTORY_FRAGMENT = "updates";

/** The ids of a role page's parts that a link may point at (`/roles/clinical-coder#qualifications`). */
export const ROLE_PAGE_FRAGMENTS: readonly string[] = ["paths-in", "compare", "other-roles", "main-content"];

/**
 * The ids of an industry page's parts that a link may point at (`/industries/healthcare-informatics#path-patterns`):
 * "The big picture", "Common path patterns" and "Roles in this industry". Advisers share them, so keep them stable.
 */
export const INDUSTRY_PAGE_FRAGMENTS = {
  bigPicture: "big-picture",
  pathPatterns: "path-patterns",
  roles: "roles",
} as const;

/** The open-data endpoints (JSON), documented in docs/open-data.md. */
export const rolesApiPath = (): string => "/api/roles.json";
export const roleApiPath = (slug: string): string => `/api/roles/${slug}.json`;
export const industriesApiPath = (): string => "/api/industries.json";
export const industryApiPath = (slug: string): string => `/api/industries/${slug}.json`;
export const sitemapPath = (): string => "/sitemap.xml";

/** A path on this site as an absolute URL on SITE_URL, for links that leave the site (JSON, JSON-LD, sitemap). */
export function absoluteUrl(path: string, siteUrl: URL = getSiteUrl()): string {
  return new URL(path, siteUrl).href;
}

/**
 * A comparison of roles, e.g. `/compare?roles=clinical-coder,healthcare-data-analyst`. The roles keep the order
 * given; each slug is encoded and the commas between them are left as they are, so the address stays readable.
 */
export const comparePath = (slugs: readonly string[]): Route =>
  (slugs.length > 0 ? `/compare?roles=${slugs.map(encodeURIComponent).join(",")}` : "/compare") as Route;

/** The compare chooser's state, all of it in the address: the chosen roles, and the industry or search whose roles it lists. */
export interface ChooserAddress {
  roles: readonly string[];
  /** The industry whose roles are listed (`industry=`). Present, even empty, means the address is the chooser's. */
  industry?: string;
  /** The search whose roles are listed (`find=`). Present, even empty, means the address is the chooser's. */
  find?: string;
  /** The page of the industry's roles, from 1. */
  page?: number;
}

/**
 * A compare chooser address: `/compare?roles=a,b&industry=x&page=2#fragment`. Without `industry` or `find` this is
 * the comparison's own address (or the bare chooser), as comparePath builds it.
 */
export function compareChooserPath({ roles, industry, find, page }: ChooserAddress, fragment?: string): Route {
  const parts: string[] = [];
  if (roles.length > 0) parts.push(`roles=${roles.map(encodeURIComponent).join(",")}`);
  if (industry !== undefined) parts.push(`industry=${encodeURIComponent(industry)}`);
  if (find !== undefined) parts.push(new URLSearchParams({ find }).toString());
  if (page !== undefined && page > 1) parts.push(`page=${page}`);
  return `/compare${parts.length > 0 ? `?${parts.join("&")}` : ""}${fragment ? `#${fragment}` : ""}` as Route;
}

/** The search page, with a query if one is given, and a page of its results from page 2 (page 1's address has none). */
export function searchPath(query?: string, page = 1): Route {
  const params = new URLSearchParams(query ? { q: query } : {});
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return (search ? `/search?${search}` : "/search") as Route;
}
