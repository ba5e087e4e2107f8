import type { MetadataRoute } from "next";
import { absoluteUrl, sitemapPath } from "@/lib/shared";

/**
 * /robots.txt: every page may be crawled, except the editors' private pages under /admin (which answer 401 or
 * 404 to a crawler anyway, and say noindex); the sitemap lists the public pages.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: "/admin" },
    sitemap: absoluteUrl(sitemapPath()),
  };
}
