import { toCsv } from "./csv";
import type { StoredAnswer } from "./store";

/** Every stored answer as `npm run feedback:export` prints it: JSON (a list of objects) or CSV. */
export function exportAnswers(answers: StoredAnswer[], format: "json" | "csv"): string {
  const rows = answers.map((answer) => ({
    page: answer.page,
    useful: answer.useful,
    whatDoing: answer.whatDoing,
    whatWrong: answer.whatWrong,
    javascript: answer.javascript,
    createdAt: answer.createdAt.toISOString(),
  }));
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  return toCsv(
    ["page", "useful", "whatDoing", "whatWrong", "javascript", "createdAt"],
    rows.map((row) => [row.page, row.useful === null ? "" : row.useful ? "yes" : "no", row.whatDoing, row.whatWrong, row.javascript ? "yes" : "no", row.createdAt]),
  );
}

