import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";

/** The updates page's link-preview card. */
export const alt = "Updates to the guide, on a Careers Guide card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  return new ImageResponse(
    <PreviewImage caption="What has changed" title="Updates to the guide" footer="Every change note, newest first" />,
    size,
  );
}
