import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";

/** The accessibility statement's link-preview card. */
export const alt = "Accessibility statement, on a Careers Guide card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  return new ImageResponse(
    <PreviewImage caption="About this website" title="Accessibility statement" footer="How accessible it is and how it was tested" />,
    size,
  );
}
