// @vitest-environment jsdom
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "@/components/sharing/JsonLd";
import { PageHeading } from "@/components/shared/PageHeading";
import { RoleProfile } from "@/components/content/RoleProfile";
import { roleProfile, type Industry, type Role } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { renderRoleBody } from "@/lib/content/markdown";
import { formatProblem, type ContentProblem } from "@/lib/content/problems";
import { readText } from "@/lib/content/read-files";
import { publicChanges, roleSchema } from "@/lib/content/schema";
import { validate } from "@/lib/content/validate";
import { roleJsonLd } from "@/lib/sharing/structured-data";
import { ANALYST, CODER, edit, INDUSTRY, TODAY, withRequiredFields, writeContent } from "../../support/content-fixture";

/*
 * tests/fixtures/malicious-role.md tries every usual way of getting script or active content into a page:
 * script tags, event handlers, javascript:, vbscript: and data: links (plain, mixed case, entity-encoded,
 * by reference, as autolinks and images), iframes with srcdoc, object, embed, forms with formaction, style
 * elements and attributes, base, meta refresh, SVG and MathML tricks, and HTML in front-matter fields.
 * The check refuses its raw HTML; rendered all the same, as the loader renders a body and the role page renders
 * it, nothing active may come out.
 */

const FIXTURE = fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "malicious-role.md"), "utf8");

function loadMaliciousRole(): { role: Role; industry: Industry } {
  const { root, contentDir } = writeContent({
    [INDUSTRY]: edit(INDUSTRY, "  - data-analyst", "  - malicious-role"),
    [ANALYST]: null,
    "roles/malicious-role.md": FIXTURE,
  });
  const result = loadContent(contentDir, root, { today: TODAY });
  // The check refuses every piece of raw HTML in the body (lib/content/raw-html.ts), and nothing else.
  const rawHtml = (problem: ContentProblem) => problem.field === "body" && /raw HTML|HTML comment/.test(problem.message);
  expect(result.problems.filter((problem) => !rawHtml(problem)).map(formatProblem)).toEqual([]);
  expect(result.problems.length).toBeGreaterThan(10);
  // Should a refused page ever be rendered, nothing active may come out: render it as the loader does.
  const file = "content/roles/malicious-role.md";
  const parsed = readText(withRequiredFields(FIXTURE), file, [])!;
  const data = validate(roleSchema, parsed, [])!;
  const { sections } = renderRoleBody(parsed.body, { file, firstLine: parsed.bodyFirstLine });
  const role: Role = { ...data, changes: publicChanges(data.changes), file, sections, terms: [] };
  const industry = loadContent(writeContent().contentDir, undefined, { today: TODAY }).content!.industries[0]!;
  return { role, industry };
}

const { role, industry } = loadMaliciousRole();

/** The sanitized HTML the loader produced for each section of the body. */
const bodyHtml = role.sections.map((section) => section.html).join("\n");

/** The role's heading, summary and profile (body and front-matter facts) as the role page renders them. */
const pageHtml = renderToStaticMarkup(
  createElement(
    "div",
    null,
    createElement(PageHeading, { caption: industry.name, title: role.title, lead: role.summary }),
    createElement(RoleProfile, { sections: roleProfile(role) }),
  ),
);

const ACTIVE_ELEMENTS = [
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "style",
  "link",
  "base",
  "meta",
  "svg",
  "math",
  "noscript",
  "template",
];
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset", "data"];
const BAD_SCHEME = /^(?:javascript|vbscript|data):/i;
/** Browsers ignore whitespace and control characters inside a URL's scheme (`java\tscript:`). */
const schemeOf = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, "");

/** Parses HTML as a browser would (jsdom's DOMParser), without running anything in it. */
const parseHtml = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");

function problemsIn(html: string): string[] {
  const document = parseHtml(html);
  const problems: string[] = [];
  for (const element of document.body.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (ACTIVE_ELEMENTS.includes(tag)) problems.push(`<${tag}> element`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`${name}= on <${tag}>`);
      if (name === "style" || name === "srcdoc" || name === "formaction") problems.push(`${name}= on <${tag}>`);
      if (URL_ATTRIBUTES.includes(name) && BAD_SCHEME.test(schemeOf(attribute.value))) {
        problems.push(`${name}="${attribute.value}" on <${tag}>`);
      }
    }
  }
  return problems;
}

describe("a role file full of hostile markdown and HTML", () => {
  it("loads without problems, so the test exercises rendering rather than validation", () => {
    expect(role.title).toContain("Malicious Role");
    expect(role.sections.map((section) => section.id)).toEqual(["work", "workplaces", "skills", "qualifications"]);
  });

  it("renders its body with no script, frame, object, embed, form, style or other active element", () => {
    for (const tag of ["<script", "<iframe", "<object", "<embed", "<form", "<style", "<svg", "<math", "<base", "<meta", "<link"]) {
      expect(bodyHtml.toLowerCase()).not.toContain(tag);
    }
    expect(problemsIn(bodyHtml)).toEqual([]);
  });

  it("renders its body with no event handler, style, srcdoc or formaction attribute", () => {
    expect(bodyHtml).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(bodyHtml).not.toMatch(/\ssrcdoc\s*=|\sformaction\s*=|\sstyle\s*=/i);
  });

  it("renders its body with no javascript:, vbscript: or data: URL in any attribute", () => {
    expect(bodyHtml).not.toMatch(/=\s*["']?\s*(?:javascript|vbscript|data):/i);
    const document = parseHtml(bodyHtml);
    const urls = [...document.querySelectorAll("[href], [src]")].map(
      (element) => element.getAttribute("href") ?? element.getAttribute("src") ?? "",
    );
    expect(urls).toEqual(["https://www.nhs.uk/"]);
  });

  it("keeps its ordinary text and its safe link", () => {
    expect(bodyHtml).toContain("Reviewing records safely.");
    expect(bodyHtml).toContain('<a href="https://www.nhs.uk/">the NHS website</a>');
    // Code is shown as text, escaped.
    expect(bodyHtml).toContain("<code>&#x3C;script>alert('code')&#x3C;/script></code>");
  });

  it("shows HTML in front-matter fields as text on the page, never as markup", () => {
    expect(problemsIn(pageHtml)).toEqual([]);
    for (const tag of ["<script", "<iframe", "<img src", "<svg", "<style", "<b ", "<a href=\"javascript"]) {
      expect(pageHtml.toLowerCase()).not.toContain(tag);
    }
    expect(pageHtml).toContain("Malicious Role &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;");
    expect(pageHtml).toContain("&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;");
  });

  it("cannot close the JSON-LD script element from a front-matter field", () => {
    const data = roleJsonLd(role, industry);
    const jsonLd = renderToStaticMarkup(createElement(JsonLd, { data }));
    // One opening and one closing tag per object: the title's </script> is escaped inside the JSON.
    expect(jsonLd.match(/<script/g)).toHaveLength(data.length);
    expect(jsonLd.match(/<\/script/g)).toHaveLength(data.length);
    expect(jsonLd).toContain("\\u003c/script\\u003e");
  });
});

describe("a link with a malformed percent-escape in its #fragment", () => {
  it("is reported as a problem with the file and line, instead of crashing the content check", () => {
    const { root, contentDir } = writeContent({
      [CODER]: edit(CODER, "Reviewing medical notes and assigning codes.", "See [the analyst](/roles/data-analyst#%E0%A4%A)."),
    });
    const result = loadContent(contentDir, root, { today: TODAY });
    expect(result.problems.map(formatProblem)).toEqual([
      'content/roles/clinical-coder.md:16: body: link "/roles/data-analyst#%E0%A4%A" has a #fragment that is not valid percent-encoding (write the part after # as plain text, such as #skills)',
    ]);
  });
});
