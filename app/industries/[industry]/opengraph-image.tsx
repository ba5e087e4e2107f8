import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";
import { getIndustries, getIndustry } from "@/lib/content";
import { INDUSTRY_PREVIEW_ALT } from "@/lib/sharing";

/** The industry's link-preview card: its name, how many roles it has and the guide's name. */
export const alt = INDUSTRY_PREVIEW_ALT;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export const dynamicParams = false;

export function generateStaticParams() {
  return getIndustries().map((industry) => ({ industry: industry.slug }));
}

export default async function Image({ params }: { params: Promise<{ industry: string }> }) {
  const industry = getIndustry((await params).industry);
  if (!industry) return new Response("Not found", { status: 404 });
  const count = industry.roles.length;
  return new ImageResponse(
    <PreviewImage caption="Industry" title={industry.name} footer={`${count} ${count === 1 ? "role" : "roles"}`} />,
    size,
  );
}
