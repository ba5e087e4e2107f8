/** Where to go from the search page when a search finds nothing, or before searching: the guide's industries. */
import type { Route } from "next";
import type { Content } from "../content";
import { industryPath, rolePath } from "../shared";

/** Up to this many roles, the search page's "Browse the guide" lists every role; above it, only the industries. */
export const BROWSE_EVERY_ROLE_MAX = 50;

export interface BrowseIndustry {
  name: string;
  href: Route;
  /** How many roles the industry has. */
  roleCount: number;
  /** Its roles, for a small guide; left out when the guide is too big to list every role on one page. */
  roles?: { title: string; href: Route }[];
}

/**
 * Where to go when a search finds nothing (or before searching): every industry, with its roles when the guide
 * has at most BROWSE_EVERY_ROLE_MAX of them, and with how many it has otherwise, so the page stays small.
 */
export function browseIndustries(content: Content): BrowseIndustry[] {
  const everyRole = content.roles.length <= BROWSE_EVERY_ROLE_MAX;
  const bySlug = new Map(content.roles.map((role) => [role.slug, role]));
  return content.industries.map((industry) => {
    const roles = industry.roles.flatMap((slug) => {
      const role = bySlug.get(slug);
      return role ? [{ title: role.title, href: rolePath(role.slug) }] : [];
    });
    return {
      name: industry.name,
      href: industryPath(industry.slug),
      roleCount: roles.length,
      ...(everyRole ? { roles } : {}),
    };
  });
}
