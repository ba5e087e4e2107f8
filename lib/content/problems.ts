/** A problem found in the content, phrased for an editor: which file, which field, what was expected. */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes, for example `content/roles/clinical-coder.md`. */
  file: string;
  /** 1-based line in the file, where it can be found. */
  line?: number;
  /** The front-matter field (`pathPatterns.0.to`), or `body` / `front matter` for the file's parts. */
  field: string;
  message: string;
  /** One line on how to fix it, where that helps. */
  hint?: string;
  /** Errors stop the build; warnings are reported (and fail `content:check --strict`) but do not. */
  severity?: "error" | "warning";
}

export const isWarning = (problem: ContentProblem) => problem.severity === "warning";
export const isError = (problem: ContentProblem) => !isWarning(problem);

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const hint = problem.hint ? ` (${problem.hint})` : "";
  const level = isWarning(problem) ? "warning: " : "";
  return `${where}: ${level}${problem.field}: ${problem.message}${hint}`;
}

/** Thrown when content has problems; its message lists every one of them. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Edit distance between two short strings (Levenshtein), used for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}
