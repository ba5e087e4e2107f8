import { describe, expect, it } from "vitest";
import { linkPreviewMetadata } from "@/lib/sharing/link-previews";

describe("linkPreviewMetadata", () => {
  it("gives Open Graph tags with the page's title, description, URL, the site's name and en_GB", () => {
    const metadata = linkPreviewMetadata({
      title: "Clinical Coder: role profile",
      description: "Codes records.",
      path: "/roles/clinical-coder",
      type: "article",
    });
    expect(metadata.openGraph).toEqual({
      type: "article",
      title: "Clinical Coder: role profile",
      description: "Codes records.",
      url: "/roles/clinical-coder",
      siteName: "Careers Guide",
      locale: "en_GB",
    });
  });

  it("asks for a large-image Twitter card with the same title and description", () => {
    const metadata = linkPreviewMetadata({ title: "Careers Guide", description: "About careers." });
    expect(metadata.twitter).toEqual({ card: "summary_large_image", title: "Careers Guide", description: "About careers." });
  });

  it("is a website with no og:url of its own unless told otherwise", () => {
    const metadata = linkPreviewMetadata({ title: "Careers Guide", description: "About careers." });
    expect(metadata.openGraph).toMatchObject({ type: "website" });
    expect(metadata.openGraph).not.toHaveProperty("url");
  });
});

describe("linkPreviewMetadata with another page's preview image", () => {
  it("names the image for Open Graph and the Twitter card, with its size and alt text", () => {
    const metadata = linkPreviewMetadata({
      title: "Roles starting with R (page 2 of 20)",
      description: "Roles 51 to 100.",
      path: "/roles/a-z/r/2",
      image: { path: "/roles/a-z/r", alt: "Roles starting with R, on a Careers Guide card" },
    });
    expect(metadata.openGraph).toMatchObject({
      images: [
        { url: "/roles/a-z/r/opengraph-image", width: 1200, height: 630, alt: "Roles starting with R, on a Careers Guide card" },
      ],
    });
    expect(metadata.twitter).toMatchObject({
      images: [{ url: "/roles/a-z/r/twitter-image", alt: "Roles starting with R, on a Careers Guide card" }],
    });
  });
});
