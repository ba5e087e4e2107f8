/**
 * The chooser of a big guide (CompareRoleFinder): the chosen roles, a search to find roles by name, and every
 * industry, each listing its roles to tick. Every list is bounded, so the page stays small however many roles the
 * guide has, and every link keeps the chosen roles.
 */
import type { Route } from "next";
import { pageOfList, type ListPage, type MissingPage } from "../browse";
import { getContent, type Content, type Industry, type Role } from "../content";
import { findRoles } from "../search";
import { compareChooserPath, comparePath } from "../shared";
import { CHOOSER_FIND_LIMIT, CHOOSER_INDUSTRY_FRAGMENT, CHOOSER_INDUSTRY_PAGE_SIZE, type ChooserParams } from "./chooser";
import { MAX_COMPARE, MIN_COMPARE } from "./params";
import { chooseMoreNotice, missingIndustryPageNotice, unknownIndustryNotice } from "./wording";

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

/** The industry whose roles the chooser lists. */
export interface FinderIndustry {
  slug: string;
  name: string;
  /** The page of its roles listed, or that it has no such page. */
  page: ListPage | MissingPage;
  roles: ChooserRole[];
  /** The chosen roles not in `roles`: its form sends them too, so that they stay chosen. */
  otherChosen: string[];
  /** The address of another page of its roles. */
  pageHref: (page: number) => Route;
}

/** The search whose roles the chooser lists. */
export interface FinderSearch {
  query: string;
  total: number;
  roles: ChooserRole[];
  otherChosen: string[];
}

export interface RoleFinder {
  /** The chosen roles, in the address's order, each with the address that removes it. */
  chosen: ChosenRole[];
  /** The comparison of the chosen roles, once there are MIN_COMPARE to MAX_COMPARE of them. */
  compareHref?: Route;
  /** Every industry, with the address that lists its roles (keeping the chosen ones). */
  industries: { slug: string; name: string; roleCount: number; href: Route; current: boolean }[];
  /** The industry whose roles are listed, if the address names one the guide has. */
  industry?: FinderIndustry;
  /** The search whose roles are listed, if the address has one. */
  find?: FinderSearch;
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

/** The guide's roles and industries by slug, and the chosen roles, for building the chooser's lists. */
interface FinderContext {
  content: Content;
  roleBySlug: Map<string, Role>;
  industryBySlug: Map<string, Industry>;
  chosenSlugs: readonly string[];
  chosenSet: Set<string>;
  params: ChooserParams;
}

/** The chosen roles not in a list: its form sends them along. */
const othersThan = (context: FinderContext, listed: readonly ChooserRole[]) =>
  context.chosenSlugs.filter((slug) => !listed.some((role) => role.slug === slug));

/** The chosen roles, each with the address that removes it and keeps the list shown. */
function chosenRoles({ roleBySlug, industryBySlug, chosenSlugs, params }: FinderContext): ChosenRole[] {
  const page = params.page.valid ? params.page.page : undefined;
  return chosenSlugs.flatMap((slug): ChosenRole[] => {
    const role = roleBySlug.get(slug);
    if (!role) return [];
    return [
      {
        slug,
        title: role.title,
        industryName: industryBySlug.get(role.industry)?.name ?? "",
        removeHref: compareChooserPath({
          roles: chosenSlugs.filter((each) => each !== slug),
          industry: params.industry,
          find: params.find,
          page,
        }),
      },
    ];
  });
}

/** Every industry as a link that lists its roles. */
function industryLinks({ content, roleBySlug, chosenSlugs, params }: FinderContext): RoleFinder["industries"] {
  return content.industries.map((industry) => ({
    slug: industry.slug,
    name: industry.name,
    roleCount: industry.roles.filter((slug) => roleBySlug.has(slug)).length,
    href: compareChooserPath({ roles: chosenSlugs, industry: industry.slug }, CHOOSER_INDUSTRY_FRAGMENT),
    current: industry.slug === params.industry,
  }));
}

/** The page of the open industry's roles, or a message when the guide has no such industry or page. */
function industryList(context: FinderContext, open: Industry | undefined, notices: string[]): FinderIndustry | undefined {
  const { roleBySlug, chosenSet, chosenSlugs, params } = context;
  if (!open) {
    notices.push(unknownIndustryNotice(params.industry!));
    return undefined;
  }
  const all = open.roles.flatMap((slug) => (roleBySlug.has(slug) ? [roleBySlug.get(slug)!] : []));
  const page = pageOfList(all.length, params.page, CHOOSER_INDUSTRY_PAGE_SIZE);
  if (!page.found) notices.push(missingIndustryPageNotice(open.name, all.length, page));
  const roles = page.found
    ? all.slice(page.start, page.end).map((role) => ({ slug: role.slug, title: role.title, chosen: chosenSet.has(role.slug) }))
    : [];
  return {
    slug: open.slug,
    name: open.name,
    page,
    roles,
    otherChosen: othersThan(context, roles),
    pageHref: (number) => compareChooserPath({ roles: chosenSlugs, industry: open.slug, page: number }, CHOOSER_INDUSTRY_FRAGMENT),
  };
}

/** The first CHOOSER_FIND_LIMIT roles the search finds, and how many it finds in all. */
function searchList(context: FinderContext, query: string, find: FindRoles): FinderSearch {
  const result = find(query, CHOOSER_FIND_LIMIT);
  const roles = result.roles.map((role) => ({
    slug: role.slug,
    title: role.title,
    ...(role.industry ? { industryName: role.industry } : {}),
    chosen: context.chosenSet.has(role.slug),
  }));
  return { query, total: result.total, roles, otherChosen: othersThan(context, roles) };
}

/**
 * The chooser of a big guide, from the content, the chosen roles (already checked: known, each once, at most
 * MAX_COMPARE) and the chooser's parameters. Lists are bounded: an industry's roles CHOOSER_INDUSTRY_PAGE_SIZE a
 * page, a search's first CHOOSER_FIND_LIMIT; so is the rest (every industry is one link).
 */
export function roleFinder(content: Content, chosenSlugs: readonly string[], params: ChooserParams, find: FindRoles): RoleFinder {
  const context: FinderContext = {
    content,
    roleBySlug: new Map(content.roles.map((role) => [role.slug, role])),
    industryBySlug: new Map(content.industries.map((industry) => [industry.slug, industry])),
    chosenSlugs,
    chosenSet: new Set(chosenSlugs),
    params,
  };
  const notices: string[] = [];
  if (params.show && chosenSlugs.length < MIN_COMPARE) notices.push(chooseMoreNotice(chosenSlugs.length));
  const chosen = chosenRoles(context);
  const industries = industryLinks(context);
  const industry =
    params.industry !== undefined && params.industry !== ""
      ? industryList(context, context.industryBySlug.get(params.industry), notices)
      : undefined;
  const found = params.find !== undefined && params.find !== "" ? searchList(context, params.find, find) : undefined;

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
