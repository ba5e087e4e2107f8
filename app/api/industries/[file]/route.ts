import { getIndustries, getIndustry } from "@/lib/content";
import { industryToJson, jsonFileName, jsonResponse, slugFromJsonFileName } from "@/lib/open-data";

/** Open data: one industry, at /api/industries/<industry>.json. Built at build time; others are 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getIndustries().map((industry) => ({ file: jsonFileName(industry.slug) }));
}

export async function GET(_request: Request, { params }: RouteContext<"/api/industries/[file]">): Promise<Response> {
  const slug = slugFromJsonFileName((await params).file);
  const industry = slug ? getIndustry(slug) : undefined;
  if (!industry) return jsonResponse({ error: "No such industry" }, { status: 404 });
  return jsonResponse(industryToJson(industry));
}
