import { readPublishedFiles } from "./git";
import { loadContent, type LoadOptions } from "./load";
import { formatProblem, isWarning, type ContentProblem } from "./problems";
import { pluralWord } from "../shared";

/** "1 file", "1030 files": digits as the content check has always printed them, for scripts that read it. */
const counted = (count: number, word: string) => `${count} ${pluralWord(count, word)}`;

export type Format = "text" | "github" | "json";


/** GitHub Actions workflow-command escaping: data escapes % CR LF; properties also escape : and ,. */
const escapeData = (value: string) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function githubAnnotation(problem: ContentProblem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(`Content check: ${problem.field}`)}`);
  const message = `${problem.field}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ""}`;
  return `::${isWarning(problem) ? "warning" : "error"} ${properties.join(",")}::${escapeData(message)}`;
}

export interface CheckRun {
  output: string;
  exitCode: number;
}

/**
 * Parses the command line, runs the check (against the published version in git: `--base=REV`, else CONTENT_BASE,
 * else the merge base with origin/main) and renders its report. Pure apart from reading the content and git.
 */
export function runCheck(
  args: string[],
  contentDir: string,
  projectRoot: string,
  options: LoadOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): CheckRun {
  let format: Format = "text";
  let strict = false;
  let base = env.CONTENT_BASE;
  for (const arg of args) {
    const match = /^--format=(.*)$/.exec(arg);
    const baseMatch = /^--base=(.+)$/.exec(arg);
    if (match && (match[1] === "text" || match[1] === "github" || match[1] === "json")) format = match[1];
    else if (baseMatch) base = baseMatch[1];
    else if (arg === "--strict") strict = true;
    else return { output: `Unknown option ${arg}. Use --format=text|github|json, --base=REV and --strict.\n`, exitCode: 2 };
  }

  const published = readPublishedFiles(projectRoot, contentDir, { base });
  const history = { published, ci: env.CI === "true", root: projectRoot, contentDir };
  const result = loadContent(contentDir, projectRoot, { history, ...options });
  const warnings = result.problems.filter(isWarning).length;
  const errors = result.problems.length - warnings;
  const failed = errors > 0 || (strict && warnings > 0);
  const summary = `Content check: ${counted(result.files, "file")} checked, ${counted(errors, "error")}, ${counted(warnings, "warning")}${strict ? " (strict: warnings fail)" : ""}.`;

  let output: string;
  if (format === "json") {
    output = `${JSON.stringify({ files: result.files, errors, warnings, strict, ok: !failed, problems: result.problems }, null, 2)}\n`;
  } else if (format === "github") {
    output = [...result.problems.map(githubAnnotation), summary].join("\n") + "\n";
  } else {
    output = [...result.problems.map(formatProblem), summary].join("\n") + "\n";
  }
  return { output, exitCode: failed ? 1 : 0 };
}
