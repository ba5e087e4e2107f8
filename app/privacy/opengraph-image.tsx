import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";

/** The privacy notice's link-preview card. */
export const alt = "Privacy notice, on a Careers Guide card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  return new ImageResponse(
    <PreviewImage caption="About this website" title="Privacy notice" footer="What feedback stores and for how long" />,
    size,
  );
}
