import type { MetadataRoute } from "next";
import { getIndustries, getRoles } from "@/lib/content";
import { absoluteUrl, homePath, industryPath, rolePath } from "@/lib/urls";

/**
 * /sitemap.xml: every page of the guide, from the content, with absolute URLs on SITE_URL. A content page's
 * lastmod is its lastReviewed date: the day its facts were last checked.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl(homePath()) },
    ...getIndustries().map((industry) => ({
      url: absoluteUrl(industryPath(industry.slug)),
      lastModified: industry.lastReviewed,
    })),
    ...getRoles().map((role) => ({ url: absoluteUrl(rolePath(role.slug)), lastModified: role.lastReviewed })),
  ];
}
