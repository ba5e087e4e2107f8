import { getFeedbackStore } from "@/lib/feedback";

/**
 * GET /healthz for load balancers: 200 when the feedback database answers a query, 503 when it does not. The
 * pages themselves do not need the database, so a 503 here means "feedback cannot be saved", not "site down".
 * Never cached.
 */
export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

export async function GET(): Promise<Response> {
  try {
    const store = await getFeedbackStore();
    await store.ping();
    return new Response("ok\n", { status: 200, headers });
  } catch {
    return new Response("The feedback database is not answering.\n", { status: 503, headers });
  }
}
