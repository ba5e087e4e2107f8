import { requireEditorResponse } from "@/lib/admin";
import { exportAnswers, getFeedbackStore } from "@/lib/feedback";

/**
 * GET /admin/feedback.csv: every answer, oldest first, for a spreadsheet. Cells a spreadsheet would run as a
 * formula are neutralised (lib/feedback/csv.ts). Private, like the inbox: proxy.ts and requireEditorResponse.
 */
export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow" };

export async function GET(request: Request): Promise<Response> {
  const refused = await requireEditorResponse(request.headers);
  if (refused) return refused;
  let csv: string;
  try {
    csv = exportAnswers(await (await getFeedbackStore()).all(), "csv");
  } catch {
    return new Response("The feedback database is not answering. Try again in a minute.\n", {
      status: 503,
      headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" },
    });
  }
  const day = new Date().toISOString().slice(0, 10);
  // A byte-order mark, so that Excel reads the file as UTF-8.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="careers-guide-feedback-${day}.csv"`,
    },
  });
}
