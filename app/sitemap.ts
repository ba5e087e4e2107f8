import type { MetadataRoute } from "next";
import { getIndustries, getRoles } from "@/lib/content";
import { guideLastUpdated, lastUpdated, laterDay } from "@/lib/feeds";
import { absoluteUrl, accessibilityPath, homePath, industryPath, privacyPath, rolePath, updatesPath } from "@/lib/urls";

/**
 * /sitemap.xml: every page of the guide, from the content, the updates page, the accessibility statement and the
 * privacy notice, with absolute URLs on SITE_URL. A content page's lastmod is the later of its last update (its
 * newest change note: the day its words changed) and its last review (the day its facts were checked); /updates's
 * is the newest change note in the guide. The accessibility tests (tests/e2e/accessibility.spec.ts) read this list,
 * so a page added here is checked automatically.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl(homePath()) },
    ...getIndustries().map((industry) => ({
      url: absoluteUrl(industryPath(industry.slug)),
      lastModified: laterDay(lastUpdated(industry.changes), industry.lastReviewed),
    })),
    ...getRoles().map((role) => ({
      url: absoluteUrl(rolePath(role.slug)),
      lastModified: laterDay(lastUpdated(role.changes), role.lastReviewed),
    })),
    { url: absoluteUrl(updatesPath()), lastModified: guideLastUpdated() },
    { url: absoluteUrl(accessibilityPath()) },
    { url: absoluteUrl(privacyPath()) },
  ];
}
