import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";
import { roleCount } from "@/lib/browse";
import { getRoles } from "@/lib/content";

/** The A to Z's link-preview card: how many roles the guide covers. */
export const alt = "All roles A to Z, with how many the guide covers, on a Careers Guide card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  return new ImageResponse(
    <PreviewImage caption="Explore careers" title="All roles A to Z" footer={roleCount(getRoles().length)} />,
    size,
  );
}
