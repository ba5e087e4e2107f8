import { editorsCsvResponse } from "@/lib/admin";
import { exportAnswers, getFeedbackStore } from "@/lib/feedback";

/**
 * GET /admin/feedback.csv: every answer, oldest first, for a spreadsheet. Cells a spreadsheet would run as a
 * formula are neutralised (lib/feedback/csv.ts). Private, like the inbox: proxy.ts and lib/admin/csv-response.ts.
 */
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return editorsCsvResponse(request, "feedback", async () => exportAnswers(await (await getFeedbackStore()).all(), "csv"));
}
