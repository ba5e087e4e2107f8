import { industriesIndexJson, jsonResponse } from "@/lib/open-data";

/** Open data: every industry's summary. Built once, at build time. */
export const dynamic = "force-static";

export function GET(): Response {
  return jsonResponse(industriesIndexJson());
}
