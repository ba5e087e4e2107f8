import { describe, expect, it } from "vitest";
import { linkPreviewMetadata } from "@/lib/link-previews";

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
