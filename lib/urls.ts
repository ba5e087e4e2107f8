import type { Route } from "next";

/** Every URL the site links to is built here, so a route change is one edit. */
export const homePath = (): Route => "/";
export const industryPath = (slug: string): Route => `/industries/${slug}` as Route;
export const rolePath = (slug: string): Route => `/roles/${slug}` as Route;
export const roleSectionPath = (slug: string, sectionId: string): Route => `/roles/${slug}#${sectionId}` as Route;
/** The search page, with a query if one is given. */
export const searchPath = (query?: string): Route =>
  (query ? `/search?${new URLSearchParams({ q: query }).toString()}` : "/search") as Route;
