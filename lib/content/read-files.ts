/**
 * Reading content files: listing a folder's markdown files, and splitting each file into its YAML front matter and
 * its markdown body. Unreadable files and front matter that is missing, unclosed, not YAML or not valid YAML are
 * reported as problems; nothing here knows the fields a page has (validate.ts does).
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { BodyLink } from "./markdown";
import type { ContentProblem } from "./problems";

const refuse = (language: string) => () => {
  throw new Error(`${language} front matter is not allowed`);
};

/**
 * gray-matter would run `---js` front matter as code. Content is data: only YAML is accepted, and the
 * JavaScript and CoffeeScript engines throw instead of evaluating anything.
 */
const MATTER_OPTIONS = {
  engines: {
    js: refuse("JavaScript"),
    javascript: refuse("JavaScript"),
    coffee: refuse("CoffeeScript"),
    coffeescript: refuse("CoffeeScript"),
  },
};

/** A file whose front matter passed its schema, as `T`. */
export interface ParsedFile<T> {
  file: string;
  /** The slug the file name gives. */
  fileSlug: string;
  data: T;
  body: string;
  bodyFirstLine: number;
  frontMatter: string;
  links?: BodyLink[];
}

/** A file as read, before its front matter (`raw`, whatever the YAML holds) is validated. */
export type RawFile = Omit<ParsedFile<unknown>, "data"> & { raw: unknown };

/** A file's path as problems name it: relative to the project root, with forward slashes. */
export function projectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/** The markdown files in a folder, sorted by name; none if the folder does not exist. */
export function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Reads one file's front matter and body; reports unreadable files and malformed front matter. */
export function readFile(absolute: string, file: string, problems: ContentProblem[]): RawFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(absolute, "utf8");
  } catch (error) {
    problems.push({ file, field: "file", message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
    return undefined;
  }
  return readText(text, file, problems);
}

/** Splits a file's text (read from disk, or from git: git.ts) into its front matter and body, as `readFile`. */
export function readText(text: string, file: string, problems: ContentProblem[]): RawFile | undefined {
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const fence = fenceProblem(text, file);
  if (fence) {
    problems.push(fence);
    return undefined;
  }
  const parsed = parseFrontMatter(text, file, problems);
  if (!parsed) return undefined;
  const totalLines = text.split("\n").length;
  const bodyLines = parsed.content.split("\n").length;
  return {
    file,
    fileSlug: path.posix.basename(file, ".md"),
    raw: parsed.data,
    body: parsed.content,
    bodyFirstLine: totalLines - bodyLines + 1,
    frontMatter: parsed.matter,
  };
}

/** What is wrong with the lines of three dashes around the front matter, if anything. */
function fenceProblem(text: string, file: string): ContentProblem | undefined {
  if (!text.startsWith("---")) {
    return {
      file,
      line: 1,
      field: "front matter",
      message: "missing: the file must start with a line of three dashes (---), then its fields, then another ---",
    };
  }
  const firstLine = text.split("\n", 1)[0]!.trim();
  if (firstLine !== "---") {
    return {
      file,
      line: 1,
      field: "front matter",
      message: `expected YAML front matter, found "${firstLine}"`,
      hint: "the first line must be exactly ---",
    };
  }
  if (!text.split("\n").slice(1).some((line) => line.trimEnd() === "---")) {
    return {
      file,
      line: 1,
      field: "front matter",
      message: "not closed: the line of three dashes (---) after the last field is missing",
      hint: "add a line with just --- between the fields and the body",
    };
  }
  return undefined;
}

/** Parses the front matter as YAML; reports invalid YAML with its line, and without a stack trace. */
function parseFrontMatter(text: string, file: string, problems: ContentProblem[]): matter.GrayMatterFile<string> | undefined {
  try {
    return matter(text, MATTER_OPTIONS);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    problems.push({
      file,
      line: typeof mark?.line === "number" ? mark.line + 1 : undefined,
      field: "front matter",
      message: `is not valid YAML: ${reason}`,
      hint: "check the indentation and that text containing a colon is in quotes",
    });
    return undefined;
  }
}
