/**
 * Loading the content: every file read (read-files.ts) and validated (validate.ts) on its own, its body rendered
 * (markdown.ts), then the checks across files (cross-check.ts, checks.ts, changes.ts) and, for the content check,
 * against the published version in git (history.ts). The build, `npm run content:check` and the tests all call
 * `loadContent`.
 */
import path from "node:path";
import { getSiteUrl } from "../shared";
import { checkChangeNotes } from "./changes";
import type { CheckedFile } from "./checked-file";
import { checkAddresses, checkLinks, checkReviews, checkTitles } from "./checks";
import { crossCheck, type BrokenFiles } from "./cross-check";
import { today as currentDay } from "./dates";
import { checkGlossaryForms, checkSources, readGlossary, sourcedFacts } from "./glossary";
import { checkHistory, type HistoryCheck } from "./history";
import { renderPlainBody, renderRoleBody, type RenderedSection, type TermLinks } from "./markdown";
import { isError, type ContentProblem } from "./problems";
import { listMarkdown, projectPath, readFile, type ParsedFile } from "./read-files";
import {
  industrySchema,
  publicChanges,
  roleSchema,
  type GlossaryTermFrontMatter,
  type IndustryFrontMatter,
  type PublicChange,
  type RoleFrontMatter,
} from "./schema";
import { termFinder, termsIn, type TermFinder } from "./terms";
import { validate } from "./validate";

/** The site's pages show only the entries readers see: `changes` without its minor updates. */
export interface Industry extends Omit<IndustryFrontMatter, "changes"> {
  /** The page's public history, newest first: its notes for readers (minor updates are never shown). */
  changes: PublicChange[];
  /** The file it came from, relative to the project root. */
  file: string;
  /** Sanitized HTML of "The big picture" (the file's markdown body). */
  bigPictureHtml: string;
  /** The slugs of the glossary terms the page uses, in order of first use: its "Terms on this page". */
  terms: string[];
}

export interface Role extends Omit<RoleFrontMatter, "changes"> {
  changes: PublicChange[];
  file: string;
  /** The profile's sections that have prose, in page order. */
  sections: RenderedSection[];
  /** The slugs of the glossary terms the page uses, in order of first use. */
  terms: string[];
}

/** A term of the glossary (content/glossary/<slug>.md), at /glossary#<slug>. */
export interface GlossaryTerm extends Omit<GlossaryTermFrontMatter, "changes"> {
  changes: PublicChange[];
  file: string;
}

export interface Content {
  industries: Industry[];
  roles: Role[];
  /** The glossary, A to Z by name. */
  glossary: GlossaryTerm[];
}

export interface LoadOptions {
  /** The day reviews are overdue against, "YYYY-MM-DD"; today by default. */
  today?: string;
  /** The site's address, for recognising absolute links to its own pages; SITE_URL by default. */
  siteUrl?: URL;
  /**
   * Compare every page with its published version in git (history.ts): the content check (and so the build's
   * prebuild) does. Left out when the site itself reads the content (`npm run dev`, the build's pages), so that an
   * edit in progress can be previewed before its entry is written.
   */
  history?: HistoryCheck;
}

export interface LoadResult {
  /** Present only when there are no errors (warnings allow it). */
  content?: Content;
  problems: ContentProblem[];
  /** How many content files were read. */
  files: number;
}

type IndustryFile = ParsedFile<IndustryFrontMatter> & { bigPictureHtml: string; terms: string[] };
type RoleFile = ParsedFile<RoleFrontMatter> & { sections: RenderedSection[]; terms: string[] };

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
  const glossaryFiles = listMarkdown(path.join(contentDir, "glossary"));

  // The glossary first: the pages link the first use of each of its terms.
  const glossary = readGlossary(glossaryFiles, projectRoot, problems);
  checkGlossaryForms(glossary, problems);
  const finder = termFinder(glossary.map((term) => term.data));

  // Files whose own problems were reported: references to them are not reported again.
  const broken: BrokenFiles = { industries: new Set<string>(), roles: new Set<string>() };
  const industries = readIndustries(industryFiles, projectRoot, broken.industries, problems, finder);
  const roles = readRoles(roleFiles, projectRoot, broken.roles, problems, finder);
  checkSources(sourcedFacts(glossary, roles), contentDir, projectRoot, problems);

  if (industryFiles.length === 0) {
    problems.push({
      file: projectPath(projectRoot, path.join(contentDir, "industries")),
      field: "folder",
      message: "expected at least one industry file (*.md)",
    });
  }

  crossCheck(industries, roles, broken, problems);

  const checked: CheckedFile[] = [
    ...industries.map((item) => ({ ...item, kind: "industries" as const, links: item.links ?? [] })),
    ...roles.map((item) => ({ ...item, kind: "roles" as const, links: item.links ?? [] })),
    ...glossary.map((item) => ({ ...item, kind: "glossary" as const, links: [] })),
  ];
  checkPages(checked, options, problems);

  const files = industryFiles.length + roleFiles.length + glossaryFiles.length;
  if (problems.some(isError)) return { problems, files };
  return {
    problems,
    files,
    content: {
      industries: industries.map(({ data, file, bigPictureHtml, terms }) => ({ ...data, changes: publicChanges(data.changes), file, bigPictureHtml, terms })),
      roles: roles.map(({ data, file, sections, terms }) => ({ ...data, changes: publicChanges(data.changes), file, sections, terms })),
      glossary: glossary
        .map(({ data, file }) => ({ ...data, changes: publicChanges(data.changes), file }))
        .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" })),
    },
  };
}

/** Reads, validates and renders each industry file; the valid ones are returned, the slugs of the others go in `broken`. */
function readIndustries(
  files: string[],
  projectRoot: string,
  broken: Set<string>,
  problems: ContentProblem[],
  finder: TermFinder,
): IndustryFile[] {
  const industries: IndustryFile[] = [];
  for (const absolute of files) {
    const parsed = readFile(absolute, projectPath(projectRoot, absolute), problems);
    const data = parsed && validate(industrySchema, parsed, problems);
    if (!parsed || !data) broken.add(path.basename(absolute, ".md"));
    if (!parsed) continue;
    const terms = termLinks(finder, data?.name);
    const body = renderPlainBody(parsed.body, { file: parsed.file, firstLine: parsed.bodyFirstLine, terms });
    problems.push(...body.problems);
    if (!data) continue;
    const words = [data.summary, parsed.body, ...data.pathPatterns.flatMap((pattern) => [pattern.from, pattern.description])];
    industries.push({ ...parsed, data, bigPictureHtml: body.html, links: body.links, terms: termsIn(words, finder, terms.except) });
  }
  return industries;
}

/** The same for role files. */
function readRoles(files: string[], projectRoot: string, broken: Set<string>, problems: ContentProblem[], finder: TermFinder): RoleFile[] {
  const roles: RoleFile[] = [];
  for (const absolute of files) {
    const parsed = readFile(absolute, projectPath(projectRoot, absolute), problems);
    const data = parsed && validate(roleSchema, parsed, problems);
    if (!parsed || !data) broken.add(path.basename(absolute, ".md"));
    if (!parsed) continue;
    const terms = termLinks(finder, data?.title);
    const body = renderRoleBody(parsed.body, { file: parsed.file, firstLine: parsed.bodyFirstLine, terms });
    problems.push(...body.problems);
    if (data) roles.push({ ...parsed, data, sections: body.sections, links: body.links, terms: termsIn(roleWords(data, parsed.body), finder, terms.except) });
  }
  return roles;
}

/** Linking a page's terms: none linked yet; the page's own subject (a term named as the page is) never. */
function termLinks(finder: TermFinder, title: string | undefined): TermLinks & { except: ReadonlySet<string> } {
  return { finder, linked: new Set(), except: new Set(title ? termsIn([title], finder) : []) };
}

/** The words of a role page that may use glossary terms: its summary, other titles, body and listed facts. */
function roleWords(data: RoleFrontMatter, body: string): string[] {
  return [
    data.summary,
    ...data.alsoKnownAs.map((other) => other.title),
    body,
    ...data.workplaces,
    ...data.skills,
    ...data.standards.flatMap((standard) => [standard.name, standard.use ?? ""]),
    ...data.qualifications.flatMap((qualification) => [qualification.name, qualification.abbreviation ?? "", qualification.kind ?? ""]),
    ...data.specialisms,
  ];
}

/**
 * The checks on the pages that read cleanly: review dates, titles, addresses, links, change notes and, with
 * `history`, the pages against their published version.
 */
function checkPages(checked: CheckedFile[], options: LoadOptions, problems: ContentProblem[]): void {
  const today = options.today ?? currentDay();
  checkReviews(checked, today, problems);
  checkTitles(checked, problems);
  const redirects = checkAddresses(checked, problems);
  checkLinks(checked, redirects, options.siteUrl ?? getSiteUrl(), problems);
  checkChangeNotes(checked, today, problems);
  if (options.history) checkHistory(checked, today, options.history, problems);
}
