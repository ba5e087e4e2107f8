import type { MetadataRoute } from "next";
import { getIndustries, getRoles } from "@/lib/content";
import { absoluteUrl, accessibilityPath, homePath, industryPath, privacyPath, rolePath } from "@/lib/urls";

/**
 * /sitemap.xml: every page of the guide, from the content, the accessibility statement and the privacy notice,
 * with absolute URLs on SITE_URL. A content page's lastmod is its lastReviewed date: the day its facts were last
 * checked. The accessibility tests (tests/e2e/accessibility.spec.ts) read this list, so a page added here is
 * checked automatically.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl(homePath()) },
    ...getIndustries().map((industry) => ({
      url: absoluteUrl(industryPath(industry.slug)),
      lastModified: industry.lastReviewed,
    })),
    ...getRoles().map((role) => ({ url: absoluteUrl(rolePath(role.slug)), lastModified: role.lastReviewed })),
    { url: absoluteUrl(accessibilityPath()) },
    { url: absoluteUrl(privacyPath()) },
  ];
}
