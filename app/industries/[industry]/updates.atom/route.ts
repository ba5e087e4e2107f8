import { getIndustries, getIndustry } from "@/lib/content";
import { atomResponse, feedNotFound, industryHistory, pageFeedXml } from "@/lib/updates";

/**
 * One industry page's Atom feed, at /industries/<industry>/updates.atom. Every industry's is built at build time;
 * others are 404.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getIndustries().map((industry) => ({ industry: industry.slug }));
}

export async function GET(
  _request: Request,
  { params }: RouteContext<"/industries/[industry]/updates.atom">,
): Promise<Response> {
  const industry = getIndustry((await params).industry);
  if (!industry) return feedNotFound();
  return atomResponse(pageFeedXml(industryHistory(industry)));
}
