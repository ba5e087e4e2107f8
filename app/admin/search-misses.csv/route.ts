import { editorsCsvResponse, searchMissesCsv } from "@/lib/admin";
import { getFeedbackStore } from "@/lib/feedback";

/**
 * GET /admin/search-misses.csv: every search with no results still kept, per query, the most searched in the last
 * 30 days first (lib/admin/search-misses.ts). Cells a spreadsheet would run as a formula are neutralised
 * (lib/feedback/csv.ts). Private, like the inbox: proxy.ts and lib/admin/csv-response.ts.
 */
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return editorsCsvResponse(request, "searches-with-no-results", async () => searchMissesCsv(await getFeedbackStore()));
}
