import type { Html, Nodes, Root } from "mdast";
import type { ContentProblem } from "./problems";

/*
 * Raw HTML in a body (`<div>`, `<b>`, `<script>`, ...) is parsed by remark as `html` nodes, and the sanitizer in
 * markdown.ts drops every one of them: a block such as `<div>text</div>` vanishes with its words, an inline tag
 * such as `<b>` vanishes and leaves its words unformatted, `<img>` vanishes with its alt text. So each is an
 * error, with a hint in an editor's words on what to write instead. HTML comments (`<!-- ... -->`) are hidden
 * by design and allowed. Code (`` `<div>` `` or a fenced block) is text, not an `html` node, and never reported.
 */

const PLAIN_TEXT = "write it as plain text, with a blank line between paragraphs";
const LIST = 'write a list as lines starting with "- " (or "1. " for numbered steps), one line for each item';
const TABLE = 'a table cannot be shown: write it as a list instead, lines starting with "- "';
const CANNOT = "this cannot be part of a page: delete it";

/** What to write instead of each tag (its name in lower case); headings are worked out from their level. */
const HINTS: Readonly<Record<string, string>> = {
  p: PLAIN_TEXT,
  div: PLAIN_TEXT,
  span: "write the words as plain text",
  b: "write **bold** instead: two stars either side of the words",
  strong: "write **bold** instead: two stars either side of the words",
  i: "write *emphasis* instead: one star either side of the words",
  em: "write *emphasis* instead: one star either side of the words",
  a: "write a link as [text](address), such as [NHS Careers](https://www.healthcareers.nhs.uk/)",
  ul: LIST,
  ol: LIST,
  li: LIST,
  br: "to start a new line, start a new paragraph instead: leave a blank line",
  table: TABLE,
  thead: TABLE,
  tbody: TABLE,
  tr: TABLE,
  th: TABLE,
  td: TABLE,
  img: "pictures cannot be added to a page: delete it, and say in words what it showed if that matters",
  script: CANNOT,
  iframe: CANNOT,
  style: CANNOT,
  object: CANNOT,
  embed: CANNOT,
  form: CANNOT,
};
const OTHER = "write it as plain text or markdown";

const COMMENT = /<!--[\s\S]*?-->/g;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/;

/** An HTML comment and nothing else (blank space aside): hidden from readers by design. */
export const isComment = (node: Nodes): boolean =>
  node.type === "html" && node.value.trim().startsWith("<!--") && node.value.replace(COMMENT, "").trim() === "";

function hintFor(tag: string): string {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const marks = "#".repeat(Number(heading[1]));
    return `write a heading as a line of its own starting with ${marks} and a space, such as "${marks} Heading"`;
  }
  return HINTS[tag] ?? OTHER;
}

/** The problem with one `html` node, or none for a comment. */
function problemWith(node: Html): Omit<ContentProblem, "file" | "line" | "field"> | undefined {
  const value = node.value.trim();
  if (value.startsWith("<!--") && !value.includes("-->")) {
    return {
      message: "an HTML comment (<!--) is never closed, so everything after it is hidden",
      hint: "end the comment with --> or delete it",
    };
  }
  const rest = value.replace(COMMENT, "").trim();
  if (!rest) return undefined;
  const tag = TAG.exec(rest);
  if (!tag) {
    const written = rest.split("\n")[0]!;
    return { message: `raw HTML (${written.length > 40 ? `${written.slice(0, 40)}…` : written}) is not shown on the site`, hint: OTHER };
  }
  return { message: `raw HTML (<${tag[1]}${tag[2]}>) is not shown on the site`, hint: hintFor(tag[2]!.toLowerCase()) };
}

/**
 * An error for each piece of raw HTML in a body, block or inline, at its line in the file. A tag's opening and
 * closing on one line (`<b>bold</b>`) make one problem.
 */
export function rawHtmlProblems(tree: Root, context: { file: string; firstLine: number }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const visit = (node: Nodes) => {
    const problem = node.type === "html" ? problemWith(node) : undefined;
    if (problem) {
      const line = node.position ? context.firstLine + node.position.start.line - 1 : undefined;
      const key = `${line}:${problem.message.replace("</", "<")}`;
      if (!seen.has(key)) problems.push({ file: context.file, line, field: "body", ...problem });
      seen.add(key);
    }
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return problems;
}
