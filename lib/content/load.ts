import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { getSiteUrl } from "../shared";
import { checkAgainstRecord, checkChangeNotes, type PageState } from "./changes";
import { checkAddresses, checkLinks, checkReviews, checkTitles, type CheckedFile, type PublishedUrls } from "./checks";
import { today as currentDay } from "./dates";
import { renderPlainBody, renderRoleBody, type BodyLink, type RenderedSection } from "./markdown";
import { closest, isError, type ContentProblem } from "./problems";
import { PUBLISHED_PAGES_FILE, readPublishedPages } from "./published-pages";
import {
  industrySchema,
  roleSchema,
  type IndustryFrontMatter,
  type PathPattern,
  type RoleFrontMatter,
} from "./schema";
import { findFieldLine } from "./yaml-lines";

/** `minorChange` is an instruction to `npm run urls:record`, not part of the page. */
export interface Industry extends Omit<IndustryFrontMatter, "minorChange"> {
  /** The file it came from, relative to the project root. */
  file: string;
  /** Sanitized HTML of "The big picture" (the file's markdown body). */
  bigPictureHtml: string;
}

export interface Role extends Omit<RoleFrontMatter, "minorChange"> {
  file: string;
  /** The profile's sections that have prose, in page order. */
  sections: RenderedSection[];
}

export interface Content {
  industries: Industry[];
  roles: Role[];
}

export interface LoadOptions {
  /** The day reviews are overdue against, "YYYY-MM-DD"; today by default. */
  today?: string;
  /** The site's address, for recognising absolute links to its own pages; SITE_URL by default. */
  siteUrl?: URL;
  /**
   * Whether to compare every page with the record of published pages (content/published-pages.json): "check" for
   * the content check (and so the build's prebuild), which also requires the record to be up to date; "record"
   * for `npm run urls:record`, which reports only what it refuses to record. Left out when the site itself reads
   * the content (`npm run dev`, the build's pages), so that an edit in progress can be previewed before its note.
   */
  pageRecord?: "check" | "record";
}

/** The record of every URL the site has published, which the check compares against. */
export const PUBLISHED_URLS_FILE = "published-urls.txt";

export interface LoadResult {
  /** Present only when there are no errors (warnings allow it). */
  content?: Content;
  problems: ContentProblem[];
  /** How many content files were read. */
  files: number;
  /** With `pageRecord`: each valid page's fingerprint and notes, for the recorder. */
  pages?: PageState[];
}

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

interface ParsedFile<T> {
  file: string;
  /** The slug the file name gives. */
  fileSlug: string;
  data: T;
  body: string;
  bodyFirstLine: number;
  frontMatter: string;
  links?: BodyLink[];
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Reads one file's front matter and body; reports unreadable files and malformed front matter. */
function readFile(
  absolute: string,
  file: string,
  problems: ContentProblem[],
): Omit<ParsedFile<unknown>, "data"> & { raw: unknown } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(absolute, "utf8");
  } catch (error) {
    problems.push({ file, field: "file", message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
    return undefined;
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.startsWith("---")) {
    problems.push({
      file,
      line: 1,
      field: "front matter",
      message: "missing: the file must start with a line of three dashes (---), then its fields, then another ---",
    });
    return undefined;
  }
  const firstLine = text.split("\n", 1)[0]!.trim();
  if (firstLine !== "---") {
    problems.push({
      file,
      line: 1,
      field: "front matter",
      message: `expected YAML front matter, found "${firstLine}"`,
      hint: "the first line must be exactly ---",
    });
    return undefined;
  }
  if (!text.split("\n").slice(1).some((line) => line.trimEnd() === "---")) {
    problems.push({
      file,
      line: 1,
      field: "front matter",
      message: "not closed: the line of three dashes (---) after the last field is missing",
      hint: "add a line with just --- between the fields and the body",
    });
    return undefined;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, MATTER_OPTIONS);
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
  const totalLines = text.split("\n").length;
  const bodyLines = parsed.content.split("\n").length;
  return {
    file,
    fileSlug: path.basename(absolute, ".md"),
    raw: parsed.data,
    body: parsed.content,
    bodyFirstLine: totalLines - bodyLines + 1,
    frontMatter: parsed.matter,
  };
}

/** The field names of the object that `fieldPath` leads to inside `schema` (list indexes pass through lists). */
function fieldsAt(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (type: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let inner = type;
    while (inner && (inner._zod.def.type === "default" || inner._zod.def.type === "optional")) {
      inner = (inner._zod.def as z.core.$ZodOptionalDef).innerType;
    }
    return inner;
  };
  for (const key of fieldPath) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def;
    if (typeof key === "number" && def.type === "array") current = (def as z.core.$ZodArrayDef).element;
    else if (typeof key === "string" && def.type === "object") current = (def as z.core.$ZodObjectDef).shape[key];
    else return [];
  }
  current = unwrap(current);
  return current && current._zod.def.type === "object" ? Object.keys((current._zod.def as z.core.$ZodObjectDef).shape) : [];
}

function valueAt(value: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of fieldPath) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validates front matter against its schema; one problem per issue, each naming its field. */
function validate<S extends z.ZodType>(
  schema: S,
  parsed: NonNullable<ReturnType<typeof readFile>>,
  problems: ContentProblem[],
): z.output<S> | undefined {
  const raw = parsed.raw;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || Object.keys(raw).length === 0) {
    problems.push({
      file: parsed.file,
      line: 1,
      field: "front matter",
      message: "expected fields such as `title: ...` between the two --- lines",
    });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lineOf = (fieldPath: readonly PropertyKey[]) => findFieldLine(parsed.frontMatter, fieldPath, 1);
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const fieldPath = [...issue.path, key];
        const shape = fieldsAt(schema, issue.path);
        const suggestion = closest(key, shape);
        problems.push({
          file: parsed.file,
          line: lineOf(fieldPath),
          field: fieldPath.map(String).join("."),
          message: "unknown field",
          hint: suggestion ? `did you mean \`${suggestion}\`?` : `remove it; the fields are ${shape.join(", ")}`,
        });
      }
      continue;
    }
    const field = issue.path.length ? issue.path.map(String).join(".") : "front matter";
    const missing = issue.path.length > 0 && valueAt(raw, issue.path) === undefined;
    problems.push({
      file: parsed.file,
      line: lineOf(issue.path) ?? 1,
      field,
      message: issue.message,
      hint: missing ? `the field is missing: add a line "${String(issue.path.at(-1))}: ..."` : undefined,
    });
  }
  return undefined;
}

/**
 * Loads, validates and cross-checks every content file under `contentDir`. All problems are collected and
 * returned together; `content` is present only when there are none. The build, `npm run content:check` and
 * the tests all call this one function.
 */
export function loadContent(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
  options: LoadOptions = {},
): LoadResult {
  const problems: ContentProblem[] = [];
  const industryFiles = listMarkdown(path.join(contentDir, "industries"));
  const roleFiles = listMarkdown(path.join(contentDir, "roles"));

  // Files whose own problems were reported: references to them are not reported again.
  const broken = { industries: new Set<string>(), roles: new Set<string>() };

  const industries: (ParsedFile<IndustryFrontMatter> & { bigPictureHtml: string })[] = [];
  for (const absolute of industryFiles) {
    const parsed = readFile(absolute, relative(projectRoot, absolute), problems);
    const data = parsed && validate(industrySchema, parsed, problems);
    if (!parsed || !data) broken.industries.add(path.basename(absolute, ".md"));
    if (!parsed) continue;
    const body = renderPlainBody(parsed.body, { file: parsed.file, firstLine: parsed.bodyFirstLine });
    problems.push(...body.problems);
    if (data) industries.push({ ...parsed, data, bigPictureHtml: body.html, links: body.links });
  }

  const roles: (ParsedFile<RoleFrontMatter> & { sections: RenderedSection[] })[] = [];
  for (const absolute of roleFiles) {
    const parsed = readFile(absolute, relative(projectRoot, absolute), problems);
    const data = parsed && validate(roleSchema, parsed, problems);
    if (!parsed || !data) broken.roles.add(path.basename(absolute, ".md"));
    if (!parsed) continue;
    const body = renderRoleBody(parsed.body, { file: parsed.file, firstLine: parsed.bodyFirstLine });
    problems.push(...body.problems);
    if (data) roles.push({ ...parsed, data, sections: body.sections, links: body.links });
  }

  if (industryFiles.length === 0) {
    problems.push({
      file: relative(projectRoot, path.join(contentDir, "industries")),
      field: "folder",
      message: "expected at least one industry file (*.md)",
    });
  }

  crossCheck(industries, roles, broken, problems);

  const checked: CheckedFile[] = [
    ...industries.map((item) => ({ ...item, kind: "industries" as const, links: item.links ?? [] })),
    ...roles.map((item) => ({ ...item, kind: "roles" as const, links: item.links ?? [] })),
  ];
  const today = options.today ?? currentDay();
  checkReviews(checked, today, problems);
  checkTitles(checked, problems);
  const published = readPublishedUrls(path.join(contentDir, PUBLISHED_URLS_FILE), projectRoot, problems);
  const redirects = checkAddresses(checked, published, problems);
  checkLinks(checked, redirects, options.siteUrl ?? getSiteUrl(), problems);
  checkChangeNotes(checked, today, problems);
  let pages: PageState[] | undefined;
  if (options.pageRecord) {
    const recordPath = path.join(contentDir, PUBLISHED_PAGES_FILE);
    const record = readPublishedPages(recordPath, relative(projectRoot, recordPath), problems);
    pages = checkAgainstRecord(checked, record, options.pageRecord, problems);
  }

  const files = industryFiles.length + roleFiles.length;
  if (problems.some(isError)) return { problems, files, pages };
  return {
    problems,
    files,
    pages,
    content: {
      industries: industries.map(({ data, file, bigPictureHtml }) => ({ ...withoutMark(data), file, bigPictureHtml })),
      roles: roles.map(({ data, file, sections }) => ({ ...withoutMark(data), file, sections })),
    },
  };
}

/** The front matter as the site shows it: without `minorChange`, an instruction to `npm run urls:record`. */
function withoutMark<T extends { minorChange?: true }>(data: T): Omit<T, "minorChange"> {
  const copy = { ...data };
  delete copy.minorChange;
  return copy;
}

/** Reads the record of published URLs: one path per line; blank lines and lines starting with # are ignored. */
export function readPublishedUrls(absolute: string, projectRoot: string, problems: ContentProblem[]): PublishedUrls | undefined {
  if (!fs.existsSync(absolute)) return undefined;
  const file = relative(projectRoot, absolute);
  const entries: PublishedUrls["entries"] = [];
  fs.readFileSync(absolute, "utf8")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (!line || line.startsWith("#")) return;
      if (!/^\/(industries|roles)\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(line)) {
        problems.push({
          file,
          line: index + 1,
          field: line,
          message: "expected an address such as /roles/clinical-coder",
          hint: "one address per line; run npm run urls:record to rewrite the file",
        });
        return;
      }
      entries.push({ path: line, line: index + 1 });
    });
  return { file, entries };
}

type Parsed<T> = ParsedFile<T>;

function crossCheck(
  industries: Parsed<IndustryFrontMatter>[],
  roles: Parsed<RoleFrontMatter>[],
  broken: { industries: Set<string>; roles: Set<string> },
  problems: ContentProblem[],
): void {
  const at = (item: Parsed<unknown>, fieldPath: readonly PropertyKey[]) =>
    findFieldLine(item.frontMatter, fieldPath, 1);

  for (const kind of [industries, roles] as Parsed<{ slug: string }>[][]) {
    const seen = new Map<string, Parsed<{ slug: string }>>();
    for (const item of kind) {
      const { slug } = item.data;
      if (slug !== item.fileSlug) {
        problems.push({
          file: item.file,
          line: at(item, ["slug"]),
          field: "slug",
          message: `expected "${item.fileSlug}" to match the file name`,
          hint: `rename the file to ${slug}.md or set slug: ${item.fileSlug}`,
        });
      }
      const first = seen.get(slug);
      if (first) {
        problems.push({
          file: item.file,
          line: at(item, ["slug"]),
          field: "slug",
          message: `duplicate slug "${slug}": ${first.file} uses it too`,
          hint: "every page needs its own slug",
        });
      } else {
        seen.set(slug, item);
      }
    }
  }

  const roleSlugs = [...new Set(roles.map((role) => role.data.slug))];
  const industrySlugs = [...new Set(industries.map((industry) => industry.data.slug))];
  const validRoles = `valid role slugs: ${roleSlugs.join(", ") || "(none)"}`;
  const listedBy = new Map<string, Parsed<IndustryFrontMatter>>();
  const listers = new Map<string, Set<string>>();

  for (const industry of industries) {
    const listed = new Set<string>();
    industry.data.roles.forEach((slug, index) => {
      if (listed.has(slug)) {
        problems.push({
          file: industry.file,
          line: at(industry, ["roles", index]),
          field: `roles.${index}`,
          message: `role "${slug}" is listed twice`,
          hint: "remove the second entry",
        });
        return;
      }
      listed.add(slug);
      listers.set(slug, (listers.get(slug) ?? new Set()).add(industry.data.slug));
      const other = listedBy.get(slug);
      if (other) {
        problems.push({
          file: industry.file,
          line: at(industry, ["roles", index]),
          field: `roles.${index}`,
          message: `role "${slug}" is already listed by ${other.file}`,
          hint: "a role belongs to one industry",
        });
      } else {
        listedBy.set(slug, industry);
      }
      if (!roleSlugs.includes(slug) && !broken.roles.has(slug)) {
        const suggestion = closest(slug, roleSlugs);
        problems.push({
          file: industry.file,
          line: at(industry, ["roles", index]),
          field: `roles.${index}`,
          message: `no role "${slug}" in content/roles`,
          hint: suggestion ? `did you mean "${suggestion}"? ${validRoles}` : validRoles,
        });
      }
    });
    industry.data.pathPatterns.forEach((pattern: PathPattern, index) => {
      if (!listed.has(pattern.to) && !broken.roles.has(pattern.to)) {
        const choices = industry.data.roles.filter((slug) => roleSlugs.includes(slug));
        const suggestion = closest(pattern.to, choices);
        const valid = `this industry's role slugs: ${choices.join(", ") || "(none)"}`;
        problems.push({
          file: industry.file,
          line: at(industry, ["pathPatterns", index, "to"]),
          field: `pathPatterns.${index}.to`,
          message: `no role "${pattern.to}" among this industry's roles`,
          hint: suggestion ? `did you mean "${suggestion}"? ${valid}` : valid,
        });
      }
    });
  }

  for (const role of roles) {
    const owner = listedBy.get(role.data.slug);
    if (broken.industries.has(role.data.industry)) {
      continue;
    } else if (!industrySlugs.includes(role.data.industry)) {
      const suggestion = closest(role.data.industry, industrySlugs);
      const valid = `valid industry slugs: ${industrySlugs.join(", ") || "(none)"}`;
      problems.push({
        file: role.file,
        line: at(role, ["industry"]),
        field: "industry",
        message: `no industry "${role.data.industry}" in content/industries`,
        hint: suggestion ? `did you mean "${suggestion}"? ${valid}` : valid,
      });
    } else if (!owner) {
      problems.push({
        file: role.file,
        line: at(role, ["slug"]),
        field: "slug",
        message: `role "${role.data.slug}" is not listed by any industry, so no page links to it`,
        hint: `add "- ${role.data.slug}" to roles in content/industries/${role.data.industry}.md`,
      });
    } else if (!listers.get(role.data.slug)?.has(role.data.industry)) {
      problems.push({
        file: role.file,
        line: at(role, ["industry"]),
        field: "industry",
        message: `expected "${owner.data.slug}", the industry whose file lists this role (${owner.file})`,
      });
    }
  }
}
