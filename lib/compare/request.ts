/**
 * What /compare shows for its address. The comparison lives entirely in its address (`/compare?roles=a,b`), so
 * the page is its search parameters read against the site's content: the comparison, or the chooser, with
 * messages about whatever the address named that could not be used. Never throws on input.
 */
import type { Route } from "next";
import { getIndustries, getRole, getRoleContext, getRoles, type Industry } from "../content";
import { comparePath } from "../shared";
import { choosesByIndustry, comparisonAsked, getCompareChoices, isChoosing, readChooserParams, type ChooserParams, type CompareChoice } from "./chooser";
import { compareRoles, type CompareInput, type Comparison } from "./comparison";
import { canonicalCompareSlugs, MIN_COMPARE, selectRoles, type RoleSelection, type RolesParam } from "./params";
import { getRoleFinder, type RoleFinder } from "./role-finder";
import { CHOOSER_LEAD, COMPARE_TITLE, comparisonDescription, comparisonTitle, selectionNotices } from "./wording";

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

/** What /compare's address asks for: the comparison, the chooser, or a redirect to a comparison's own address. */
export interface CompareRequest extends ComparePage {
  /** The chooser's parameters (`industry`, `find`, `page`, `show`). */
  chooserParams: ChooserParams;
  /** True when the guide is big enough to choose roles by industry or by searching (CompareRoleFinder). */
  choosesByIndustry: boolean;
  /** Where a tick-box form's "Compare" button leads, once roles enough are chosen: the comparison's own address. */
  redirectTo?: Route;
}

/** /compare's search parameters, as Next.js hands them over. */
export interface CompareParams {
  roles?: RolesParam;
  industry?: unknown;
  find?: unknown;
  page?: unknown;
  show?: unknown;
}

/**
 * Reads /compare's search parameters. In a big guide an address naming an industry or a search is the chooser's,
 * even with roles enough to compare: it shows no comparison, and its "Compare" button (`show=comparison`) leads
 * to the comparison's own address.
 */
export function getCompareRequest(params: CompareParams): CompareRequest {
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

/** The chooser a request shows, under its comparison or instead of one. */
export interface CompareChooserData {
  /** The chooser of a big guide: by industry or by searching (CompareRoleFinder). */
  finder?: RoleFinder;
  /** The chooser of a small guide, when there is no `finder`: every role as a tick box (CompareChooser). */
  choices: CompareChoice[];
  /** The titles of the roles chosen so far, in the address's order. */
  chosenTitles: string[];
}

/** The chooser for a request: the chosen roles, and the role finder of a big guide or every role of a small one. */
export function getCompareChooser({ selection, chooserParams, choosesByIndustry: big }: CompareRequest): CompareChooserData {
  const finder = big ? getRoleFinder(selection.slugs, chooserParams) : undefined;
  return {
    ...(finder ? { finder } : {}),
    choices: finder ? [] : getCompareChoices(),
    chosenTitles: selection.slugs.map((slug) => getRole(slug)?.title ?? slug),
  };
}

/** The page's title, description and canonical address, for its metadata. */
export function compareMetadata({ comparison, canonical }: CompareRequest): { title: string; description: string; canonical: Route } {
  if (!comparison) return { title: COMPARE_TITLE, description: CHOOSER_LEAD, canonical: comparePath([]) };
  const titles = comparison.roles.map((role) => role.title);
  return { title: comparisonTitle(titles), description: comparisonDescription(titles), canonical };
}
