import { loadContent, type Content, type Industry, type Role } from "./load";
import { contentDir, projectRootOf } from "./paths";
import { ContentError } from "./problems";
import type { PathPattern } from "./schema";

export type { Content, Industry, Role } from "./load";
export type { PathPattern, Qualification, RoleSectionId, Standard } from "./schema";
export { ROLE_SECTIONS } from "./schema";

let cached: Content | undefined;

/**
 * The site's validated content. Any problem throws a ContentError listing all of them, which stops the build.
 * Read once per process in production; re-read on every call in development so edits show at once.
 */
export function getContent(): Content {
  if (cached) return cached;
  const dir = contentDir();
  const result = loadContent(dir, projectRootOf(dir));
  if (!result.content) throw new ContentError(result.problems);
  if (process.env.NODE_ENV === "production") cached = result.content;
  return result.content;
}

export function getIndustries(): Industry[] {
  return getContent().industries;
}

export function getIndustry(slug: string): Industry | undefined {
  return getContent().industries.find((industry) => industry.slug === slug);
}

export function getRoles(): Role[] {
  return getContent().roles;
}

export function getRole(slug: string): Role | undefined {
  return getContent().roles.find((role) => role.slug === slug);
}

/** An industry's roles, in the order its file lists them. */
export function getIndustryRoles(industry: Industry): Role[] {
  return industry.roles.map((slug) => getRole(slug)).filter((role): role is Role => role !== undefined);
}

/** Everything a role page needs besides the role itself. */
export function getRoleContext(role: Role): {
  industry: Industry;
  pathsIn: PathPattern[];
  otherRoles: Role[];
} {
  const industry = getIndustry(role.industry);
  if (!industry) throw new Error(`Role ${role.slug} has no industry ${role.industry}`);
  return {
    industry,
    pathsIn: industry.pathPatterns.filter((pattern) => pattern.to === role.slug),
    otherRoles: getIndustryRoles(industry).filter((other) => other.slug !== role.slug),
  };
}
export { roleProfile, type FactList, type ProfileSection } from "./profile";
export * from "./dates";
export * from "./load";
export * from "./path-diagram";
export * from "./paths";
export * from "./profile";
export * from "./redirects";
export * from "./schema";
export { termAnchor } from "./terms";
