/**
 * The chooser of roles to compare. A small guide lists every role as a tick box (CompareChooser); a big one
 * chooses by industry or by searching, a bounded list at a time (CompareRoleFinder, see ./role-finder), with its
 * state in the address's `industry`, `find`, `page` and `show` parameters.
 */
import type { Route } from "next";
import { firstString, parsePageParam, type PageRequest } from "../browse";
import { getIndustries, getIndustryRoles } from "../content";
import { normaliseQuery } from "../search";
import { comparePath } from "../shared";
import { MIN_COMPARE } from "./params";

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

/** One industry's roles in the chooser of a small guide. */
export interface CompareChoice {
  industry: { slug: string; name: string };
  roles: { slug: string; title: string }[];
}

/** The chooser's choices: every industry with its roles, in the site's order. */
export function getCompareChoices(): CompareChoice[] {
  return getIndustries().map((industry) => ({
    industry: { slug: industry.slug, name: industry.name },
    roles: getIndustryRoles(industry).map((role) => ({ slug: role.slug, title: role.title })),
  }));
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
