import type { MetadataRoute } from "next";
import { industryLaterPageParams, letterLaterPageParams, letterParams } from "@/lib/browse";
import { getContent, getIndustries, getRoles } from "@/lib/content";
import { guideLastUpdated, lastUpdated, laterDay } from "@/lib/feeds";
import {
  absoluteUrl,
  accessibilityPath,
  homePath,
  industriesIndexPath,
  industryPath,
  industryRolesPath,
  letterPath,
  privacyPath,
  rolePath,
  rolesIndexPath,
  updatesPath,
} from "@/lib/urls";

/**
 * /sitemap.xml: every page of the guide, from the content, the industries, the A to Z of roles (every letter and
 * every later page), the updates page, the accessibility statement and the privacy notice, with absolute URLs on
 * SITE_URL. A content page's lastmod is the later of its last update (its newest change note: the day its words
 * changed) and its last review (the day its facts were checked); /updates's is the newest change note in the guide.
 * The accessibility tests (tests/e2e/accessibility.spec.ts) read this list, so a page added here is checked
 * automatically.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent();
  return [
    { url: absoluteUrl(homePath()) },
    { url: absoluteUrl(industriesIndexPath()) },
    ...getIndustries().map((industry) => ({
      url: absoluteUrl(industryPath(industry.slug)),
      lastModified: laterDay(lastUpdated(industry.changes), industry.lastReviewed),
    })),
    ...industryLaterPageParams(getIndustries()).map(({ industry, page }) => ({
      url: absoluteUrl(industryRolesPath(industry, Number(page))),
    })),
    { url: absoluteUrl(rolesIndexPath()) },
    ...letterParams(content).map(({ letter }) => ({ url: absoluteUrl(letterPath(letter)) })),
    ...letterLaterPageParams(content).map(({ letter, page }) => ({ url: absoluteUrl(letterPath(letter, Number(page))) })),
    ...getRoles().map((role) => ({
      url: absoluteUrl(rolePath(role.slug)),
      lastModified: laterDay(lastUpdated(role.changes), role.lastReviewed),
    })),
    { url: absoluteUrl(updatesPath()), lastModified: guideLastUpdated() },
    { url: absoluteUrl(accessibilityPath()) },
    { url: absoluteUrl(privacyPath()) },
  ];
}
