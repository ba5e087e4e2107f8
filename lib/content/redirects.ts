import { industryPath, rolePath } from "../urls";
import { loadContent } from "./load";
import { contentDir, projectRootOf } from "./paths";

export interface Redirect {
  source: string;
  destination: string;
  permanent: true;
}

/**
 * Permanent (308) redirects from every old slug listed under `redirectFrom` to the page's current address,
 * for next.config.ts. Content with errors yields none here: the build stops on those errors anyway.
 */
export function contentRedirects(dir = contentDir()): Redirect[] {
  const { content } = loadContent(dir, projectRootOf(dir));
  if (!content) return [];
  return [
    ...content.industries.flatMap((industry) =>
      industry.redirectFrom.map((old) => ({ source: industryPath(old), destination: industryPath(industry.slug) })),
    ),
    ...content.roles.flatMap((role) =>
      role.redirectFrom.map((old) => ({ source: rolePath(old), destination: rolePath(role.slug) })),
    ),
  ].map((redirect) => ({ ...redirect, permanent: true as const }));
}
