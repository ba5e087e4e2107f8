import type { MetadataRoute } from "next";
import { absoluteUrl, sitemapPath } from "@/lib/urls";

/** /robots.txt: every page may be crawled; the sitemap lists them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl(sitemapPath()),
  };
}
