/** A role page's "Compare this role" links. */
import type { Route } from "next";
import { comparePath } from "../shared";
import { MAX_COMPARE } from "./params";

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
