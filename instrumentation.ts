/**
 * Runs once when the server process starts (not during `next build`): opens the feedback store and sets up a
 * clean stop. See lib/feedback/start.ts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startFeedback } = await import("@/lib/feedback");
  await startFeedback();
}
