import { industryFeedPath, industryPath, roleFeedPath, rolePath } from "../shared";
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
    // The page and its feed of updates (a feed reader following the old address keeps working).
    ...content.industries.flatMap((industry) =>
      industry.redirectFrom.flatMap((old) => [
        { source: industryPath(old), destination: industryPath(industry.slug) },
        { source: industryFeedPath(old), destination: industryFeedPath(industry.slug) },
      ]),
    ),
    ...content.roles.flatMap((role) =>
      role.redirectFrom.flatMap((old) => [
        { source: rolePath(old), destination: rolePath(role.slug) },
        { source: roleFeedPath(old), destination: roleFeedPath(role.slug) },
      ]),
    ),
  ].map((redirect) => ({ ...redirect, permanent: true as const }));
}
