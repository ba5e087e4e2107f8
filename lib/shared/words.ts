/**
 * Small helpers for writing numbers and lists in running English, GOV.UK style. The one home for them: pages,
 * messages to editors, command-line reports and the benchmark all use these.
 */

/** A count as the guide prints it: "1,000". */
export const formatCount = (count: number): string => count.toLocaleString("en-GB");

/** The word for a count: "role" for 1, "roles" otherwise (or the plural given). */
export const pluralWord = (count: number, one: string, many = `${one}s`): string => (count === 1 ? one : many);

/** A count and its word: "1 role", "1,000 roles", "2 industries" (with `many` given). */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatCount(count)} ${pluralWord(count, one, many)}`;

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Small numbers in words, as GOV.UK style writes them in running text ("two to four roles"). */
export const numberInWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
