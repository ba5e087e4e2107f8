import { atomResponse, guideFeedXml } from "@/lib/updates";

/** The guide's Atom feed: every change note, newest first. Built once, at build time, and cached like the pages. */
export const dynamic = "force-static";

export function GET(): Response {
  return atomResponse(guideFeedXml());
}
