import { requireEditorResponse } from "./guard";

/**
 * The inbox's spreadsheets (/admin/feedback.csv, /admin/search-misses.csv) as route handlers send them: only to the
 * editors (requireEditorResponse, behind proxy.ts), never cached or indexed, with a byte-order mark so that Excel
 * reads UTF-8, named `careers-guide-<name>-<today>.csv`; 503 while the feedback database does not answer.
 */
const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow" };

export async function editorsCsvResponse(request: Request, name: string, produce: () => Promise<string>): Promise<Response> {
  const refused = await requireEditorResponse(request.headers);
  if (refused) return refused;
  let csv: string;
  try {
    csv = await produce();
  } catch {
    return new Response("The feedback database is not answering. Try again in a minute.\n", {
      status: 503,
      headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" },
    });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="careers-guide-${name}-${day}.csv"`,
    },
  });
}
