import type { FeedbackStore } from "./store-types";

/**
 * What `npm run feedback:copy` does (lib/feedback/copy.ts), apart from opening the stores: every answer of one
 * store into another, each with its time, in one transaction. A failure part-way (the connection drops, a row
 * is refused) leaves the target as it was, so the copy can simply be run again.
 */
export type CopyResult = { copied: number } | { refused: "not-empty"; already: number };

export async function copyAnswers(
  from: Pick<FeedbackStore, "all">,
  into: Pick<FeedbackStore, "all" | "addAll">,
  options: { intoNonEmpty?: boolean } = {},
): Promise<CopyResult> {
  const answers = await from.all();
  const already = (await into.all()).length;
  if (already > 0 && !options.intoNonEmpty) return { refused: "not-empty", already };
  const copied = await into.addAll(
    answers.map(({ page, useful, whatDoing, whatWrong, javascript, createdAt }) => ({ page, useful, whatDoing, whatWrong, javascript, createdAt })),
  );
  return { copied };
}
