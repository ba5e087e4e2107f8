import type { Nodes, Root, RootContent } from "mdast";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { ContentProblem } from "./problems";
import { ROLE_SECTIONS, type RoleSectionId } from "./schema";

// remark-html sanitizes by default (GitHub's schema): raw HTML, scripts, event handlers and javascript: links
// are removed. Never turn that off; pass a schema if something more is ever needed.
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

/** Renders a body with no section structure (an industry's "big picture"). */
export function renderMarkdown(markdown: string): string {
  return toHtml(parse(markdown).children);
}

interface BodyContext {
  file: string;
  /** The file line on which the body's first line stands. */
  firstLine: number;
}

const lineOf = (node: RootContent, context: BodyContext) =>
  node.position ? context.firstLine + node.position.start.line - 1 : undefined;

/** Checks a body that the page shows under its own heading: it must have text and no h1 or h2 of its own. */
export function renderPlainBody(
  markdown: string,
  context: BodyContext,
): { html: string; problems: ContentProblem[] } {
  const tree = parse(markdown);
  const problems: ContentProblem[] = [];
  const html = toHtml(tree.children);
  if (!html) {
    problems.push({ file: context.file, field: "body", message: "expected text after the front matter" });
  }
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      problems.push({
        file: context.file,
        line: lineOf(node, context),
        field: "body",
        message: `unexpected heading "${plainText(node)}": the page provides the headings`,
        hint: "use ### for a sub-heading, or remove the heading",
      });
    }
  }
  return { html, problems };
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
): { sections: RenderedSection[]; problems: ContentProblem[] } {
  const tree = parse(markdown);
  const problems: ContentProblem[] = [];
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
    if (node.type === "heading" && node.depth > 3) {
      problem(node, `heading "${plainText(node)}" skips a level`, "use ### for a sub-heading inside a section");
    }
    if (current) {
      current.push(node);
    } else if (problems.length === 0) {
      problem(node, "text before the first section heading", `start the body with a heading such as "## ${ROLE_SECTIONS[0].heading}"`);
    }
  }

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
  return { sections, problems };
}
