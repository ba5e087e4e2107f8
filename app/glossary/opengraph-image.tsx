import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";

/** The glossary's link-preview card. */
export const alt = "The guide's glossary, on a Careers Guide card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  return new ImageResponse(
    <PreviewImage caption="What the words mean" title="Glossary" footer="Abbreviations and terms, A to Z" />,
    size,
  );
}
