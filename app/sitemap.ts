import type { MetadataRoute } from "next";
import { getIndustries, getRoles } from "@/lib/content";
import { absoluteUrl, accessibilityPath, homePath, industryPath, rolePath } from "@/lib/urls";

/**
 * /sitemap.xml: every page of the guide, from the content, and the accessibility statement, with absolute URLs
 * on SITE_URL. The accessibility tests (tests/e2e/accessibility.spec.ts) read this list, so a page added here is
 * checked automatically.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    homePath(),
    ...getIndustries().map((industry) => industryPath(industry.slug)),
    ...getRoles().map((role) => rolePath(role.slug)),
    accessibilityPath(),
  ].map((path) => ({ url: absoluteUrl(path) }));
}
