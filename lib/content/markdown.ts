import type { Nodes, Root, RootContent } from "mdast";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { ContentProblem } from "./problems";
import { isComment, rawHtmlProblems } from "./raw-html";
import { ROLE_SECTIONS, type RoleSectionId } from "./schema";
import { linkFirstUses, type TermFinder } from "./terms";

// remark-html sanitizes by default (GitHub's schema): raw HTML, scripts, event handlers and javascript: links
// are removed. Never turn that off; pass a schema if something more is ever needed. Since removed HTML is lost
// to readers, the check reports each piece of it (raw-html.ts).
const processor = remark().use(remarkHtml);

function parse(markdown: string): Root {
  return processor.parse(markdown);
}

function toHtml(children: RootContent[]): string {
  const root: Root = { type: "root", children };
  return String(processor.stringify(processor.runSync(root) as Root)).trim();
}

/** The plain text of a node, for comparing headings. */
function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

interface BodyContext {
  file: string;
  /** The file line on which the body's first line stands. */
  firstLine: number;
  /** The glossary's terms, whose first uses become links to their entries at the end of the page (terms.ts). */
  terms?: TermLinks;
}

/** Linking the first use of each glossary term on a page. */
export interface TermLinks {
  finder: TermFinder;
  /** Terms already linked on the page; the body's links are added. */
  linked: Set<string>;
  /** Terms never linked here: the page's own subject. */
  except?: ReadonlySet<string>;
}

/** The body's links as written (for the link check), then the first use of each term linked. */
function linksThenTerms(tree: Root, context: BodyContext): BodyLink[] {
  const links = collectLinks(tree, context);
  if (context.terms) linkFirstUses(tree, context.terms.finder, context.terms.linked, context.terms.except);
  return links;
}

const lineOf = (node: RootContent, context: BodyContext) =>
  node.position ? context.firstLine + node.position.start.line - 1 : undefined;

/** A link in a body, kept so the cross-checks can test links to pages of the site. */
export interface BodyLink {
  url: string;
  line?: number;
}

function collectLinks(tree: Root, context: BodyContext): BodyLink[] {
  const links: BodyLink[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "link" || node.type === "definition") {
      links.push({ url: node.url, line: node.position ? context.firstLine + node.position.start.line - 1 : undefined });
    }
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return links;
}

/**
 * Headings inside a part of the page whose own heading has level `parentDepth` must start one level below it
 * and never skip a level on the way down (### then ##### skips ####).
 */
function checkHeadingLevels(
  nodes: RootContent[],
  parentDepth: number,
  context: BodyContext,
  problems: ContentProblem[],
  where: string,
) {
  let previous = parentDepth;
  for (const node of nodes) {
    if (node.type !== "heading" || node.depth <= parentDepth) continue;
    if (node.depth > previous + 1) {
      problems.push({
        file: context.file,
        line: lineOf(node, context),
        field: "body",
        message: `heading "${plainText(node)}" skips a level`,
        hint: `use ${"#".repeat(previous + 1)} for a sub-heading ${where}`,
      });
    }
    previous = node.depth;
  }
}

/**
 * Renders a body that the page shows under a heading of its own (an industry's "The big picture", an h3):
 * it must have text, and any sub-heading must be below that level.
 */
export function renderPlainBody(
  markdown: string,
  context: BodyContext,
  parentDepth = 3,
): { html: string; links: BodyLink[]; problems: ContentProblem[] } {
  const tree = parse(markdown);
  const problems: ContentProblem[] = [];
  const links = linksThenTerms(tree, context);
  const html = toHtml(tree.children);
  if (!html) {
    problems.push({ file: context.file, field: "body", message: "expected text after the front matter" });
  }
  const subHeading = "#".repeat(parentDepth + 1);
  for (const node of tree.children) {
    if (node.type !== "heading" || node.depth > parentDepth) continue;
    problems.push({
      file: context.file,
      line: lineOf(node, context),
      field: "body",
      message:
        node.depth === 1
          ? `unexpected level-1 heading "${plainText(node)}": the page's title is its only h1`
          : `unexpected heading "${plainText(node)}": the page provides the headings`,
      hint: `use ${subHeading} for a sub-heading, or remove the heading`,
    });
  }
  checkHeadingLevels(tree.children, parentDepth, context, problems, "here");
  problems.push(...rawHtmlProblems(tree, context));
  return { html, links, problems };
}

export interface RenderedSection {
  id: RoleSectionId;
  heading: string;
  /** Sanitized HTML of the section's prose. */
  html: string;
}

const HEADINGS = ROLE_SECTIONS.map((section) => section.heading);
const headingList = HEADINGS.map((heading) => `"## ${heading}"`).join(", ");

/**
 * Splits a role's body into its sections (`## Heading` from ROLE_SECTIONS) and renders each to HTML.
 * Returns the sections in page order, whatever order the body uses.
 */
export function renderRoleBody(
  markdown: string,
  context: BodyContext,
): { sections: RenderedSection[]; links: BodyLink[]; problems: ContentProblem[] } {
  const tree = parse(markdown);
  const problems: ContentProblem[] = [];
  const links = linksThenTerms(tree, context);
  const problem = (node: RootContent, message: string, hint?: string) =>
    problems.push({ file: context.file, line: lineOf(node, context), field: "body", message, hint });

  if (tree.children.length === 0) {
    problems.push({
      file: context.file,
      field: "body",
      message: "expected the role's profile after the front matter",
      hint: `start with a section heading such as "## ${ROLE_SECTIONS[0].heading}"`,
    });
  }

  const chunks = new Map<RoleSectionId, RootContent[]>();
  const headingLines = new Map<RoleSectionId, number | undefined>();
  let current: RootContent[] | undefined;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      const text = plainText(node).trim();
      const section = ROLE_SECTIONS.find((s) => s.heading.toLowerCase() === text.toLowerCase());
      if (node.depth === 1) {
        problem(node, `unexpected level-1 heading "${text}": the page's title is its only h1`, `use "## " with one of ${headingList}`);
        current = undefined;
      } else if (!section) {
        problem(node, `unknown section heading "${text}"`, `use one of ${headingList}`);
        current = undefined;
      } else if (chunks.has(section.id)) {
        problem(node, `section "${section.heading}" appears twice`, "merge the two sections into one");
        current = undefined;
      } else {
        current = [];
        chunks.set(section.id, current);
        headingLines.set(section.id, lineOf(node, context));
      }
      continue;
    }
    if (current) {
      current.push(node);
    } else if (problems.length === 0 && !isComment(node)) {
      problem(node, "text before the first section heading", `start the body with a heading such as "## ${ROLE_SECTIONS[0].heading}"`);
    }
  }

  for (const nodes of chunks.values()) checkHeadingLevels(nodes, 2, context, problems, "inside a section");
  problems.push(...rawHtmlProblems(tree, context));

  const sections = ROLE_SECTIONS.filter((s) => chunks.has(s.id)).map((s) => ({
    id: s.id,
    heading: s.heading,
    html: toHtml(chunks.get(s.id)!),
  }));
  for (const section of sections) {
    if (!section.html) {
      problems.push({
        file: context.file,
        line: headingLines.get(section.id),
        field: "body",
        message: `section "${section.heading}" is empty`,
        hint: "add its text or remove the heading",
      });
    }
  }
  return { sections, links, problems };
}
