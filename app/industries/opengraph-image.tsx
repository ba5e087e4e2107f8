import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";
import { getIndustries } from "@/lib/content";

/** The industries index's link-preview card: how many industries the guide covers. */
export const alt = "Industries, with how many the guide covers, on a Careers Guide card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  const count = getIndustries().length;
  return new ImageResponse(
    <PreviewImage caption="Explore careers" title="Industries" footer={`${count} ${count === 1 ? "industry" : "industries"}`} />,
    size,
  );
}
