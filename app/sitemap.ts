import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content";
import { sitemapEntries } from "@/lib/site";
import { absoluteUrl } from "@/lib/shared";

/**
 * /sitemap.xml: every page of the guide (lib/site/sitemap.ts) with absolute URLs on SITE_URL. The end-to-end tests
 * (tests/e2e/support/pages.ts) check every page of the same list, so a page added there is checked automatically.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getContent()).map(({ path, lastModified }) => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  }));
}
