import { getRole, getRoles } from "@/lib/content";
import { atomResponse, feedNotFound, pageFeedXml, roleHistory } from "@/lib/updates";

/** One role page's Atom feed, at /roles/<role>/updates.atom. Every role's is built at build time; others are 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoles().map((role) => ({ role: role.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<"/roles/[role]/updates.atom">): Promise<Response> {
  const role = getRole((await params).role);
  if (!role) return feedNotFound();
  return atomResponse(pageFeedXml(roleHistory(role)));
}
