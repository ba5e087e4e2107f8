import type { Metadata } from "next";
import { SITE_NAME } from "../shared";

/** The alt text of an industry's preview card (app/industries/[industry]/opengraph-image.tsx). */
export const INDUSTRY_PREVIEW_ALT = "The industry's name and number of roles, on a Careers Guide card";

/** The size of every preview card (the `size` of each opengraph-image.tsx). */
const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

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
  image,
}: {
  title: string;
  description: string;
  /** The page's path, for og:url; omit for pages without one of their own (the 404 page). */
  path?: string;
  /** "article" for a role profile, "website" for the home and industry pages. */
  type?: "website" | "article";
  /**
   * Another page's preview card, by that page's path, for a page with no image route of its own: a later page of a
   * list shows its first page's card (`/roles/a-z/r/2` shows `/roles/a-z/r`'s). Next adds a page's own
   * `opengraph-image.tsx` by itself, but not its parent's once the page sets `openGraph`.
   */
  image?: { path: string; alt: string };
}): Pick<Metadata, "openGraph" | "twitter"> {
  return {
    openGraph: {
      type,
      title,
      description,
      ...(path ? { url: path } : {}),
      siteName: SITE_NAME,
      locale: "en_GB",
      ...(image
        ? { images: [{ url: `${image.path}/opengraph-image`, ...PREVIEW_IMAGE_SIZE, alt: image.alt }] }
        : {}),
    },
    twitter: {
      card: "summary_large_image",
      title,
      description,
      ...(image ? { images: [{ url: `${image.path}/twitter-image`, alt: image.alt }] } : {}),
    },
  };
}
