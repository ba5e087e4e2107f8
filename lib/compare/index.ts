/**
 * Comparing roles side by side. The comparison lives entirely in its address (`/compare?roles=a,b`): these
 * functions read the `roles` search parameter, decide which roles to show, and lay the comparison out section
 * by section. Everything shown comes from the roles' content; a role with nothing for a section is marked so,
 * never filled in.
 *
 * - params: the `roles` parameter, the roles it selects and the canonical order;
 * - wording: the page's title and lead, and messages about what the address names but the page cannot use;
 * - comparison: the layout, section by section;
 * - links: a role page's "Compare this role" links;
 * - chooser and role-finder: choosing the roles, from one list (a small guide) or by industry or search (a big one);
 * - request: what /compare shows for its address.
 */
export * from "./params";
export * from "./wording";
export * from "./comparison";
export * from "./links";
export * from "./chooser";
export * from "./role-finder";
export * from "./request";
