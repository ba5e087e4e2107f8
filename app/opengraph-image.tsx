import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";
import { getIndustries } from "@/lib/content";

/** The site's link-preview card, for the home page (and any page without its own). */
export const alt = "Careers Guide: explore careers by industry and role";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  const industries = getIndustries().map((industry) => industry.name);
  return new ImageResponse(
    <PreviewImage caption="Role profiles" title="Explore careers by industry and role" footer={industries.join(" · ")} />,
    size,
  );
}
