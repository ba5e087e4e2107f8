import type { Route } from "next";

/** Every URL the site links to is built here, so a route change is one edit. */
export const homePath = (): Route => "/";
export const industryPath = (slug: string): Route => `/industries/${slug}` as Route;
export const rolePath = (slug: string): Route => `/roles/${slug}` as Route;
export const roleSectionPath = (slug: string, sectionId: string): Route => `/roles/${slug}#${sectionId}` as Route;
/**
 * A comparison of roles, e.g. `/compare?roles=clinical-coder,healthcare-data-analyst`. The roles keep the order
 * given; each slug is encoded and the commas between them are left as they are, so the address stays readable.
 */
export const comparePath = (slugs: readonly string[]): Route =>
  (slugs.length > 0 ? `/compare?roles=${slugs.map(encodeURIComponent).join(",")}` : "/compare") as Route;
