import type { Metadata } from "next";
import { SITE_NAME } from "./site";

/**
 * Open Graph and Twitter card metadata, so a pasted link shows the page's title, description and preview
 * image. The image itself comes from the route's `opengraph-image.tsx` / `twitter-image.tsx`, which Next adds
 * to these tags; `metadataBase` (app/layout.tsx) makes every URL absolute.
 *
 * A page's `openGraph` replaces its layout's whole `openGraph` object, so each page passes everything here.
 */
export function linkPreviewMetadata({
  title,
  description,
  path,
  type = "website",
}: {
  title: string;
  description: string;
  /** The page's path, for og:url; omit for pages without one of their own (the 404 page). */
  path?: string;
  /** "article" for a role profile, "website" for the home and industry pages. */
  type?: "website" | "article";
}): Pick<Metadata, "openGraph" | "twitter"> {
  return {
    openGraph: {
      type,
      title,
      description,
      ...(path ? { url: path } : {}),
      siteName: SITE_NAME,
      locale: "en_GB",
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
