import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";
import { LETTER_PREVIEW_ALT, letterHeading, letterPage, letterParams, roleCount } from "@/lib/browse";
import { getContent } from "@/lib/content";

/** A letter's link-preview card: "Roles starting with R" and how many there are (its later pages share it). */
export const alt = LETTER_PREVIEW_ALT;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export const dynamicParams = false;

export function generateStaticParams() {
  return letterParams(getContent());
}

export default async function Image({ params }: { params: Promise<{ letter: string }> }) {
  const found = letterPage(getContent(), (await params).letter);
  if (!found) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    <PreviewImage caption="All roles A to Z" title={letterHeading(found.letter)} footer={roleCount(found.total)} />,
    size,
  );
}
