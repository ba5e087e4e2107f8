/**
 * The comparison's address: `/compare?roles=a,b`. Reading the `roles` search parameter and deciding which roles it
 * names are compared, and in which order its canonical address lists them.
 */

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
