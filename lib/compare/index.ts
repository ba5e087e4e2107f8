/**
 * Comparing roles side by side. The comparison lives entirely in its address (`/compare?roles=a,b`): these
 * functions read the `roles` search parameter, decide which roles to show, and lay the comparison out section
 * by section. Everything shown comes from the roles' content; a role with nothing for a section is marked so,
 * never filled in.
 */
import type { Route } from "next";
import { getContent, getIndustries, getIndustryRoles, getRole, getRoleContext, getRoles, roleProfile, type FactList, ROLE_SECTIONS } from "../content";
import type { Content, Industry, PathPattern, Role } from "../content";
import { askedByNumber, firstString, pageOfList, parsePageParam, type ListPage, type MissingPage, type PageRequest } from "../browse";
import { findRoles, normaliseQuery } from "../search";
import { comparePath, listInWords, numberInWords } from "../shared";

/** A comparison needs at least two roles and shows at most four, so the columns stay readable. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/**
 * The `roles` search parameter as Next.js hands it over: missing, one value (`roles=a,b`), or several
 * (`roles=a&roles=b`, as a form with checkboxes sends it), each of which may itself hold commas.
 */
export type RolesParam = string | readonly string[] | null | undefined;

/** The slugs in the parameter, in order: split at commas, trimmed, lowercased, empty ones dropped. */
export function parseRolesParam(value: RolesParam): string[] {
  const values: readonly unknown[] = value == null ? [] : typeof value === "string" ? [value] : value;
  return values
    .flatMap((each) => (typeof each === "string" ? each.split(",") : []))
    .map((slug) => slug.trim().toLowerCase())
    .filter((slug) => slug.length > 0);
}

export interface RoleSelection {
  /** Known roles to compare: in the address's order, each once, at most MAX_COMPARE. */
  slugs: string[];
  /** Slugs that name no role, each once, in the address's order. */
  unknown: string[];
  /** Known roles the address names more than once (shown once). */
  repeated: string[];
  /** Known roles beyond the first MAX_COMPARE (left out). */
  overLimit: string[];
}

/** Splits the parameter's slugs into the roles to compare and the ones to tell the reader about. */
export function selectRoles(value: RolesParam, knownSlugs: Iterable<string>): RoleSelection {
  const known = new Set(knownSlugs);
  const selection: RoleSelection = { slugs: [], unknown: [], repeated: [], overLimit: [] };
  const seen = new Set<string>();
  for (const slug of parseRolesParam(value)) {
    if (!known.has(slug)) {
      if (!selection.unknown.includes(slug)) selection.unknown.push(slug);
    } else if (seen.has(slug)) {
      if (!selection.repeated.includes(slug)) selection.repeated.push(slug);
    } else if (selection.slugs.length < MAX_COMPARE) {
      selection.slugs.push(slug);
    } else {
      selection.overLimit.push(slug);
    }
    seen.add(slug);
  }
  return selection;
}

/**
 * The order a comparison's canonical address lists its roles in: the site's own order (industries, then each
 * industry's roles as its file lists them), so `a,b` and `b,a` share one canonical address.
 */
export function canonicalCompareSlugs(slugs: readonly string[], siteOrder: readonly string[]): string[] {
  const rank = (slug: string) => {
    const index = siteOrder.indexOf(slug);
    return index < 0 ? siteOrder.length : index;
  };
  return [...slugs].sort((a, b) => rank(a) - rank(b));
}

/** Quotes what the reader typed, shortened if long, for a message about it. */
function quoted(slug: string, max = 40): string {
  const chars = Array.from(slug);
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : slug}"`;
}

/** Unknown slugs named one by one in a message; any more are counted. */
export const MAX_NAMED_UNKNOWN = 5;

/**
 * Plain-English messages about the slugs a comparison left out. Returned as text: the page shows them as text,
 * so whatever the address holds is escaped when it is shown.
 */
export function selectionNotices(selection: RoleSelection, titleOf: (slug: string) => string): string[] {
  const notices: string[] = [];
  const { unknown, repeated, overLimit } = selection;
  if (unknown.length > 0) {
    const named = unknown.slice(0, MAX_NAMED_UNKNOWN).map((slug) => quoted(slug));
    const more = unknown.length - named.length;
    const names = more > 0 ? `${named.join(", ")} and ${more} more` : listInWords(named);
    notices.push(
      unknown.length === 1 ? `We could not find a role called ${names}.` : `We could not find roles called ${names}.`,
    );
  }
  if (repeated.length > 0) {
    const titles = listInWords(repeated.map(titleOf));
    notices.push(`The address names ${titles} more than once. Each role is shown once.`);
  }
  if (overLimit.length > 0) {
    const titles = listInWords(overLimit.map(titleOf));
    notices.push(
      `You can compare up to ${MAX_COMPARE} roles at a time, so ${titles} ${overLimit.length === 1 ? "was" : "were"} left out.`,
    );
  }
  return notices;
}

/** What a comparison needs to know about each role. */
export interface CompareInput {
  role: Role;
  industryName: string;
  /** The industry's path patterns that lead to this role. */
  pathsIn: PathPattern[];
}

export interface ComparedRole {
  slug: string;
  title: string;
  summary: string;
  industryName: string;
}

/** One role's part of one section: what its content holds, or an explicit "nothing recorded". */
export type CompareCell =
  | {
      slug: string;
      title: string;
      recorded: true;
      /** Sanitized HTML of the section's prose, if the role has any. */
      html?: string;
      lists: FactList[];
      /** Only in the "How people get into this role" row. */
      paths: PathPattern[];
    }
  | { slug: string; title: string; recorded: false };

export interface CompareRow {
  id: string;
  heading: string;
  /** One per compared role, in the comparison's order. */
  cells: CompareCell[];
}

export interface Comparison {
  roles: ComparedRole[];
  rows: CompareRow[];
}

export const PATHS_IN_ROW = { id: "paths-in", heading: "How people get into this role" } as const;

/**
 * Lays roles out section by section, in the role page's order. A section that none of the roles has is left
 * out; "How people get into this role" is always there, as it is on every role page.
 */
export function compareRoles(inputs: readonly CompareInput[]): Comparison {
  const profiles = inputs.map(({ role }) => roleProfile(role));
  const sectionRows: CompareRow[] = ROLE_SECTIONS.map(({ id, heading }) => ({
    id,
    heading,
    cells: inputs.map(({ role }, index): CompareCell => {
      const section = profiles[index]!.find((each) => each.id === id);
      return section
        ? { slug: role.slug, title: role.title, recorded: true, html: section.html, lists: section.lists, paths: [] }
        : { slug: role.slug, title: role.title, recorded: false };
    }),
  })).filter((row) => row.cells.some((cell) => cell.recorded));

  const pathsRow: CompareRow = {
    ...PATHS_IN_ROW,
    cells: inputs.map(({ role, pathsIn }): CompareCell =>
      pathsIn.length > 0
        ? { slug: role.slug, title: role.title, recorded: true, lists: [], paths: pathsIn }
        : { slug: role.slug, title: role.title, recorded: false },
    ),
  };

  return {
    roles: inputs.map(({ role, industryName }) => ({
      slug: role.slug,
      title: role.title,
      summary: role.summary,
      industryName,
    })),
    rows: [...sectionRows, pathsRow],
  };
}

/** The site's roles in the site's order: industry by industry, each industry's roles as its file lists them. */
function siteRoleOrder(industries: readonly Industry[]): string[] {
  return industries.flatMap((industry) => industry.roles);
}

export interface ComparePage {
  selection: RoleSelection;
  /** Messages about slugs that were left out, to show above the comparison or the chooser. */
  notices: string[];
  /** Present when there are at least MIN_COMPARE known roles. */
  comparison?: Comparison;
  /** The canonical address: the known roles in the site's order, or the bare chooser. */
  canonical: Route;
}

/** Everything the compare page shows for a `roles` parameter, from the site's content. Never throws on input. */
export function getComparePage(value: RolesParam): ComparePage {
  const selection = selectRoles(
    value,
    getRoles().map((role) => role.slug),
  );
  const titleOf = (slug: string) => getRole(slug)?.title ?? slug;
  const notices = selectionNotices(selection, titleOf);
  if (selection.slugs.length < MIN_COMPARE) {
    return { selection, notices, canonical: comparePath([]) };
  }
  const inputs = selection.slugs.map((slug): CompareInput => {
    const role = getRole(slug)!;
    const { industry, pathsIn } = getRoleContext(role);
    return { role, industryName: industry.name, pathsIn };
  });
  return {
    selection,
    notices,
    comparison: compareRoles(inputs),
    canonical: comparePath(canonicalCompareSlugs(selection.slugs, siteRoleOrder(getIndustries()))),
  };
}

/** The chooser's choices: every industry with its roles, in the site's order. */
export function getCompareChoices(): { industry: { slug: string; name: string }; roles: { slug: string; title: string }[] }[] {
  return getIndustries().map((industry) => ({
    industry: { slug: industry.slug, name: industry.name },
    roles: getIndustryRoles(industry).map((role) => ({ slug: role.slug, title: role.title })),
  }));
}

export interface CompareLink {
  label: string;
  href: Route;
}

/**
 * The "Compare this role" links of a role page: with each other role of its industry, then with all of the
 * industry's roles when there are three or more and they fit in one comparison.
 */
export function roleCompareLinks(
  role: { slug: string; title: string },
  industry: { name: string; roles: readonly string[] },
  otherRoles: readonly { slug: string; title: string }[],
): CompareLink[] {
  const links: CompareLink[] = otherRoles.map((other) => ({
    label: `Compare with ${other.title}`,
    href: comparePath([role.slug, other.slug]),
  }));
  const all = industry.roles.includes(role.slug) ? industry.roles : [role.slug, ...industry.roles];
  if (all.length >= 3 && all.length <= MAX_COMPARE) {
    links.push({ label: `Compare all ${industry.name} roles`, href: comparePath(all) });
  }
  return links;
}

// ---------------------------------------------------------------------------------------------------------
// The chooser of a big guide: by industry, or by searching

/**
 * Up to this many roles, the chooser lists every role as a tick box (CompareChooser). Above it, that list would
 * grow without bound (655 KB of HTML at 1,000 roles), so roles are chosen by industry or by searching to add,
 * a bounded list at a time (CompareRoleFinder).
 */
export const FULL_CHOOSER_MAX_ROLES = 50;
/** Most roles the chooser's search lists. */
export const CHOOSER_FIND_LIMIT = 20;
/** Most roles of one industry the chooser lists a page. */
export const CHOOSER_INDUSTRY_PAGE_SIZE = 50;
/** Where the chooser's lists of roles start, so that a link to one lands on it. */
export const CHOOSER_INDUSTRY_FRAGMENT = "compare-industry-roles";
export const CHOOSER_FIND_FRAGMENT = "compare-find";

/** Whether the guide is big enough to choose roles by industry or by searching rather than from one list. */
export const choosesByIndustry = (roleCount: number): boolean => roleCount > FULL_CHOOSER_MAX_ROLES;

/** The chooser's state, all of it in the address: the chosen roles, and the industry or search whose roles it lists. */
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
 * A chooser address: `/compare?roles=a,b&industry=x&page=2#fragment`. Without `industry` or `find` this is the
 * comparison's own address (or the bare chooser), as comparePath builds it.
 */
export function compareChooserPath({ roles, industry, find, page }: ChooserAddress, fragment?: string): Route {
  const parts: string[] = [];
  if (roles.length > 0) parts.push(`roles=${roles.map(encodeURIComponent).join(",")}`);
  if (industry !== undefined) parts.push(`industry=${encodeURIComponent(industry)}`);
  if (find !== undefined) parts.push(new URLSearchParams({ find }).toString());
  if (page !== undefined && page > 1) parts.push(`page=${page}`);
  return `/compare${parts.length > 0 ? `?${parts.join("&")}` : ""}${fragment ? `#${fragment}` : ""}` as Route;
}

/** The chooser's parameters as the address gives them: `industry`, `find` and `page`. */
export interface ChooserParams {
  /** The industry's slug, trimmed and lowercased; undefined when the address has no `industry`. */
  industry?: string;
  /** The search as searched (see normaliseQuery); undefined when the address has no `find`. */
  find?: string;
  page: PageRequest;
  /** True when the address comes from a tick-box form's "Compare" button (`show=comparison`). */
  show: boolean;
}

/** The value of `show` sent by the "Compare" button of the chooser's tick-box forms. */
export const SHOW_COMPARISON = "comparison";

/** Reads the chooser's parameters. Never throws: anything odd becomes "no such industry", an empty search or page 1. */
export function readChooserParams(params: { industry?: unknown; find?: unknown; page?: unknown; show?: unknown }): ChooserParams {
  const industry = firstString(params.industry);
  const find = params.find === undefined ? undefined : normaliseQuery(params.find);
  return {
    ...(industry !== undefined ? { industry: Array.from(industry.trim().toLowerCase()).slice(0, 200).join("") } : {}),
    ...(find !== undefined ? { find } : {}),
    page: parsePageParam(params.page),
    show: firstString(params.show) === SHOW_COMPARISON,
  };
}

/**
 * Where a tick-box form's "Compare" button leads: the comparison's own address (`/compare?roles=a,b`, without the
 * chooser's parameters), once MIN_COMPARE roles are chosen. Undefined otherwise: the chooser shows again.
 */
export function comparisonAsked(chosenSlugs: readonly string[], params: ChooserParams): Route | undefined {
  return params.show && chosenSlugs.length >= MIN_COMPARE ? comparePath(chosenSlugs) : undefined;
}

/** Whether the address asks for the chooser even with roles enough to compare: it names an industry or a search. */
export const isChoosing = (params: ChooserParams): boolean => params.industry !== undefined || params.find !== undefined;

/** A role in one of the chooser's lists: ticked when it is already chosen. */
export interface ChooserRole {
  slug: string;
  title: string;
  industryName?: string;
  chosen: boolean;
}

export interface ChosenRole {
  slug: string;
  title: string;
  industryName: string;
  /** The same address without this role. */
  removeHref: Route;
}

export interface RoleFinder {
  /** The chosen roles, in the address's order, each with the address that removes it. */
  chosen: ChosenRole[];
  /** The comparison of the chosen roles, once there are MIN_COMPARE to MAX_COMPARE of them. */
  compareHref?: Route;
  /** Every industry, with the address that lists its roles (keeping the chosen ones). */
  industries: { slug: string; name: string; roleCount: number; href: Route; current: boolean }[];
  /** The industry whose roles are listed, if the address names one the guide has. */
  industry?: {
    slug: string;
    name: string;
    /** The page of its roles listed, or that it has no such page. */
    page: ListPage | MissingPage;
    roles: ChooserRole[];
    /** The chosen roles not in `roles`: its form sends them too, so that they stay chosen. */
    otherChosen: string[];
    /** The address of another page of its roles. */
    pageHref: (page: number) => Route;
  };
  /** The search whose roles are listed, if the address has one. */
  find?: { query: string; total: number; roles: ChooserRole[]; otherChosen: string[] };
  /** Messages about the address: an industry the guide does not have, a page an industry does not have. */
  notices: string[];
  /**
   * What a form that adds roles sends besides its tick boxes and the chosen roles not in its list: the industry,
   * page or search, so that the same list shows after adding.
   */
  keep: { industry?: string; find?: string; page?: number };
}

/** What the chooser's search needs from the search engine (lib/search's findRoles). */
export type FindRoles = (query: string, limit: number) => { total: number; roles: { slug: string; title: string; industry?: string }[] };

/**
 * The chooser of a big guide, from the content, the chosen roles (already checked: known, each once, at most
 * MAX_COMPARE) and the chooser's parameters. Lists are bounded: an industry's roles CHOOSER_INDUSTRY_PAGE_SIZE a
 * page, a search's first CHOOSER_FIND_LIMIT; so is the rest (every industry is one link).
 */
export function roleFinder(content: Content, chosenSlugs: readonly string[], params: ChooserParams, find: FindRoles): RoleFinder {
  const roleBySlug = new Map(content.roles.map((role) => [role.slug, role]));
  const industryBySlug = new Map(content.industries.map((industry) => [industry.slug, industry]));
  const chosenSet = new Set(chosenSlugs);
  const notices: string[] = [];
  if (params.show && chosenSlugs.length < MIN_COMPARE) {
    notices.push(
      `Choose at least ${numberInWords(MIN_COMPARE)} roles to compare.${chosenSlugs.length > 0 ? ` You have chosen ${numberInWords(chosenSlugs.length)}.` : ""}`,
    );
  }
  const here = { industry: params.industry, find: params.find };
  const othersThan = (listed: readonly ChooserRole[]) => chosenSlugs.filter((slug) => !listed.some((role) => role.slug === slug));

  const chosen = chosenSlugs.flatMap((slug): ChosenRole[] => {
    const role = roleBySlug.get(slug);
    if (!role) return [];
    const page = params.page.valid ? params.page.page : undefined;
    return [
      {
        slug,
        title: role.title,
        industryName: industryBySlug.get(role.industry)?.name ?? "",
        removeHref: compareChooserPath({ roles: chosenSlugs.filter((each) => each !== slug), ...here, page }),
      },
    ];
  });

  const industries = content.industries.map((industry) => ({
    slug: industry.slug,
    name: industry.name,
    roleCount: industry.roles.filter((slug) => roleBySlug.has(slug)).length,
    href: compareChooserPath({ roles: chosenSlugs, industry: industry.slug }, CHOOSER_INDUSTRY_FRAGMENT),
    current: industry.slug === params.industry,
  }));

  let industry: RoleFinder["industry"];
  if (params.industry !== undefined && params.industry !== "") {
    const open = industryBySlug.get(params.industry);
    if (!open) {
      notices.push(`We could not find an industry called ${quoted(params.industry)}. Choose one from the list.`);
    } else {
      const all = open.roles.flatMap((slug) => (roleBySlug.has(slug) ? [roleBySlug.get(slug)!] : []));
      const page = pageOfList(all.length, params.page, CHOOSER_INDUSTRY_PAGE_SIZE);
      if (!page.found) {
        notices.push(
          `${open.name} has ${all.length} ${all.length === 1 ? "role" : "roles"} on ${page.pageCount === 1 ? "one page" : `${page.pageCount} pages`}, so there is no page ${askedByNumber(page) ? page.asked : quoted(page.asked)}.`,
        );
      }
      const roles = page.found
        ? all.slice(page.start, page.end).map((role) => ({ slug: role.slug, title: role.title, chosen: chosenSet.has(role.slug) }))
        : [];
      industry = {
        slug: open.slug,
        name: open.name,
        page,
        roles,
        otherChosen: othersThan(roles),
        pageHref: (number) => compareChooserPath({ roles: chosenSlugs, industry: open.slug, page: number }, CHOOSER_INDUSTRY_FRAGMENT),
      };
    }
  }

  let found: RoleFinder["find"];
  if (params.find !== undefined && params.find !== "") {
    const result = find(params.find, CHOOSER_FIND_LIMIT);
    const roles = result.roles.map((role) => ({
      slug: role.slug,
      title: role.title,
      ...(role.industry ? { industryName: role.industry } : {}),
      chosen: chosenSet.has(role.slug),
    }));
    found = { query: params.find, total: result.total, roles, otherChosen: othersThan(roles) };
  }

  const keepPage = industry?.page.found && industry.page.page > 1 ? industry.page.page : undefined;
  return {
    chosen,
    ...(chosen.length >= MIN_COMPARE && chosen.length <= MAX_COMPARE ? { compareHref: comparePath(chosen.map((role) => role.slug)) } : {}),
    industries,
    ...(industry ? { industry } : {}),
    ...(found ? { find: found } : {}),
    notices,
    keep: {
      ...(industry ? { industry: industry.slug } : {}),
      ...(found ? { find: found.query } : {}),
      ...(keepPage ? { page: keepPage } : {}),
    },
  };
}

/** The chooser of the site's content (see roleFinder), its search done by the site's search engine. */
export function getRoleFinder(chosenSlugs: readonly string[], params: ChooserParams): RoleFinder {
  return roleFinder(getContent(), chosenSlugs, params, findRoles);
}

/** What /compare's address asks for: the comparison, the chooser, or a redirect to a comparison's own address. */
export interface CompareRequest extends ComparePage {
  /** The chooser's parameters (`industry`, `find`, `page`, `show`). */
  chooserParams: ChooserParams;
  /** True when the guide is big enough to choose roles by industry or by searching (CompareRoleFinder). */
  choosesByIndustry: boolean;
  /** Where a tick-box form's "Compare" button leads, once roles enough are chosen: the comparison's own address. */
  redirectTo?: Route;
}

/**
 * Reads /compare's search parameters. In a big guide an address naming an industry or a search is the chooser's,
 * even with roles enough to compare: it shows no comparison, and its "Compare" button (`show=comparison`) leads
 * to the comparison's own address.
 */
export function getCompareRequest(params: { roles?: RolesParam; industry?: unknown; find?: unknown; page?: unknown; show?: unknown }): CompareRequest {
  const page = getComparePage(params.roles);
  const chooserParams = readChooserParams(params);
  const big = choosesByIndustry(getRoles().length);
  const redirectTo = big ? comparisonAsked(page.selection.slugs, chooserParams) : undefined;
  return {
    ...page,
    comparison: big && isChoosing(chooserParams) ? undefined : page.comparison,
    chooserParams,
    choosesByIndustry: big,
    ...(redirectTo ? { redirectTo } : {}),
  };
}
