import type { FeedbackStore } from "./store-types";

/**
 * What `npm run feedback:copy` does (lib/feedback/copy.ts), apart from opening the stores: every answer of one
 * store into another, each with its time, and every daily count of searches with no results, in one transaction.
 * A failure part-way (the connection drops, a row is refused) leaves the target as it was, so the copy can simply
 * be run again. Whether the target is empty is judged by its answers: a site already running on it may have counted
 * searches, and the copied counts add to those of the same day and query.
 */
export type CopyResult = { copied: number; searchMissDays: number } | { refused: "not-empty"; already: number };

export async function copyAnswers(
  from: Pick<FeedbackStore, "all" | "searchMissDays">,
  into: Pick<FeedbackStore, "all" | "addAll">,
  options: { intoNonEmpty?: boolean } = {},
): Promise<CopyResult> {
  const answers = await from.all();
  const searchMissDays = await from.searchMissDays();
  const already = (await into.all()).length;
  if (already > 0 && !options.intoNonEmpty) return { refused: "not-empty", already };
  // addAll stores only an answer's fields and time: the source's ids are not carried over.
  const copied = await into.addAll(answers, searchMissDays);
  return { copied, searchMissDays: searchMissDays.length };
}
