import { ImageResponse } from "next/og";
import { PreviewImage } from "@/components/sharing";
import { getRole, getRoleContext, getRoles } from "@/lib/content";

/** The role's link-preview card: its title, its industry and the guide's name. */
export const alt = "The role's title and industry, on a Careers Guide card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoles().map((role) => ({ role: role.slug }));
}

export default async function Image({ params }: { params: Promise<{ role: string }> }) {
  const role = getRole((await params).role);
  if (!role) return new Response("Not found", { status: 404 });
  const { industry } = getRoleContext(role);
  return new ImageResponse(<PreviewImage caption={industry.name} title={role.title} footer="Role profile" />, size);
}
