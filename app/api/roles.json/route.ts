import { jsonResponse, rolesIndexJson } from "@/lib/open-data";

/** Open data: every role's summary. Built once, at build time. */
export const dynamic = "force-static";

export function GET(): Response {
  return jsonResponse(rolesIndexJson());
}
