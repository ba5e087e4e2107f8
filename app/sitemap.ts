import type { MetadataRoute } from "next";
import { getIndustries, getRoles } from "@/lib/content";
import { absoluteUrl, homePath, industryPath, rolePath } from "@/lib/urls";

/** /sitemap.xml: every page of the guide, from the content, with absolute URLs on SITE_URL. */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    homePath(),
    ...getIndustries().map((industry) => industryPath(industry.slug)),
    ...getRoles().map((role) => rolePath(role.slug)),
  ].map((path) => ({ url: absoluteUrl(path) }));
}
