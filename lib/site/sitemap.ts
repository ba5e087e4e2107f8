/**
 * The guide's public pages, in the order /sitemap.xml lists them: the home page, the industries and their later
 * pages of roles, the A to Z of roles (every letter and every later page), every role, the updates page, the
 * glossary, the accessibility statement and the privacy notice. A content page's lastModified is the later of its last update
 * (its newest change note: the day its words changed) and its last review (the day its facts were checked);
 * /updates's is the newest change note in the guide.
 *
 * A plain function of the content, so app/sitemap.ts serves it and the end-to-end tests make one test per page
 * from it when they are collected (tests/e2e/support/pages.ts), before any server is running.
 */
import { industryLaterPageParams, letterLaterPageParams, letterParams } from "../browse";
import type { Content } from "../content";
import { glossaryLastUpdated } from "../glossary";
import { guideLastUpdated, historyPages, lastUpdated, laterDay } from "../updates";
import {
  accessibilityPath,
  glossaryPath,
  homePath,
  industriesIndexPath,
  industryPath,
  industryRolesPath,
  letterPath,
  privacyPath,
  rolePath,
  rolesIndexPath,
  updatesPath,
} from "../shared";

export interface SitemapEntry {
  /** The page's path on the site ("/roles/clinical-coder"). */
  path: string;
  /** "YYYY-MM-DD", for pages that know when they last changed. */
  lastModified?: string;
}

export function sitemapEntries(content: Content): SitemapEntry[] {
  const { industries, roles } = content;
  return [
    { path: homePath() },
    { path: industriesIndexPath() },
    ...industries.map((industry) => ({
      path: industryPath(industry.slug),
      lastModified: laterDay(lastUpdated(industry.changes), industry.lastReviewed),
    })),
    ...industryLaterPageParams(industries).map(({ industry, page }) => ({ path: industryRolesPath(industry, Number(page)) })),
    { path: rolesIndexPath() },
    ...letterParams(content).map(({ letter }) => ({ path: letterPath(letter) })),
    ...letterLaterPageParams(content).map(({ letter, page }) => ({ path: letterPath(letter, Number(page)) })),
    ...roles.map((role) => ({
      path: rolePath(role.slug),
      lastModified: laterDay(lastUpdated(role.changes), role.lastReviewed),
    })),
    { path: updatesPath(), lastModified: guideLastUpdated(historyPages(industries, roles)) },
    { path: glossaryPath(), lastModified: glossaryLastUpdated(content.glossary) },
    { path: accessibilityPath() },
    { path: privacyPath() },
  ];
}
