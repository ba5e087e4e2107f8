import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { BIG_PICTURE, CODER, edit, INDUSTRY, lines, load, problemsOf, VALID } from "../../support/content-fixture";

/*
 * Raw HTML in a body is dropped by the renderer (a block such as <div>…</div> with its words, an inline tag such
 * as <b> leaving its words unformatted), so the check reports each piece of it with what to write instead.
 * Comments are hidden by design and code is text: neither is reported. The fixture's bodies start on line 14
 * (clinical-coder.md, its first paragraph on 16) and 18 (health.md): tests/support/content-fixture.ts.
 */

const ROLE = "content/roles/clinical-coder.md";
const HEALTH = "content/industries/health.md";
const CODES = "Reviewing medical notes and assigning codes.";

const PLAIN = "write it as plain text, with a blank line between paragraphs";
const CANNOT = "this cannot be part of a page: delete it";
const LIST = 'write a list as lines starting with "- " (or "1. " for numbered steps), one line for each item';
const shown = (where: string, tag: string, hint: string) => `${where}: body: raw HTML (${tag}) is not shown on the site (${hint})`;

/** The problems of the coder's file with `text` added after its first paragraph (from line 18). */
const roleWith = (text: string) => problemsOf({ [CODER]: `${VALID[CODER]}\n${text}\n` });
/** The problems of the industry file with its big picture replaced by `text` (from line 18). */
const industryWith = (text: string) => problemsOf({ [INDUSTRY]: edit(INDUSTRY, BIG_PICTURE, text) });

describe("raw HTML in a role body", () => {
  it("reports a block <div> at its line, with the hint", () => {
    expect(roleWith("<div>Most coders work in hospitals.</div>")).toEqual([shown(`${ROLE}:18`, "<div>", PLAIN)]);
  });

  it("reports an inline <b> once for its opening and closing tags", () => {
    expect(problemsOf({ [CODER]: edit(CODER, CODES, "Reviewing <b>medical</b> notes and assigning codes.") })).toEqual([
      shown(`${ROLE}:16`, "<b>", "write **bold** instead: two stars either side of the words"),
    ]);
  });

  it("reports a <script> and an <iframe>, which cannot be part of a page", () => {
    expect(roleWith(lines("<script>alert('x')</script>", "", '<iframe src="https://example.org/video"></iframe>'))).toEqual([
      shown(`${ROLE}:18`, "<script>", CANNOT),
      shown(`${ROLE}:20`, "<iframe>", CANNOT),
    ]);
  });

  it("reports both ends of a block whose tags stand on lines of their own", () => {
    expect(roleWith(lines("<DIV class=\"note\">", "", "Most coders work in hospitals.", "", "</div>"))).toEqual([
      shown(`${ROLE}:18`, "<DIV>", PLAIN),
      shown(`${ROLE}:22`, "</div>", PLAIN),
    ]);
  });

  it("reports raw HTML before the first section heading besides the text there", () => {
    expect(problemsOf({ [CODER]: edit(CODER, "## What the work involves", "<p>Intro.</p>\n\n## What the work involves") })).toEqual([
      `${ROLE}:14: body: text before the first section heading (start the body with a heading such as "## What the work involves")`,
      shown(`${ROLE}:14`, "<p>", PLAIN),
    ]);
  });

  it("allows HTML comments, block and inline, even before the first section heading", () => {
    const result = load({
      [CODER]: edit(CODER, "## What the work involves", "<!-- Checked with the coding team. -->\n\n## What the work involves")
        .replace(CODES, "Reviewing medical notes <!-- and letters --> and assigning codes.")
        .concat("\n<!--\nA note for editors,\non several lines.\n-->\n"),
    });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.content?.roles.find((role) => role.slug === "clinical-coder")?.sections[0]?.html).toBe(
      "<p>Reviewing medical notes  and assigning codes.</p>",
    );
  });

  it("reports a comment that is never closed, which hides the rest of the body", () => {
    expect(roleWith(lines("<!-- A note for editors", "", "Most coders work in hospitals."))).toEqual([
      `${ROLE}:18: body: an HTML comment (<!--) is never closed, so everything after it is hidden (end the comment with --> or delete it)`,
    ]);
  });

  it("does not report HTML in inline or fenced code, which is shown as text", () => {
    const result = load({ [CODER]: `${VALID[CODER]}\nType \`<div>\` to start a block.\n\n\`\`\`\n<script>alert('x')</script>\n\`\`\`\n` });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const html = result.content?.roles.find((role) => role.slug === "clinical-coder")?.sections[0]?.html ?? "";
    expect(html).toContain("<code>&#x3C;div></code>");
    expect(html).toContain("<pre><code>&#x3C;script>alert('x')&#x3C;/script>\n</code></pre>");
  });

  it("does not take autolinks or a < in a sentence for HTML", () => {
    expect(load({ [CODER]: `${VALID[CODER]}\nSee <https://www.nhs.uk/>. Pay is < £30,000 at first.\n` }).problems).toEqual([]);
  });
});

describe("raw HTML in an industry body", () => {
  it("reports inline <a>, <br> and <img> at their lines", () => {
    expect(
      industryWith(lines('See <a href="https://www.nhs.uk/">the NHS</a>.<br>', "", 'A chart: <img src="chart.png" alt="Growth">')),
    ).toEqual([
      shown(`${HEALTH}:18`, "<a>", "write a link as [text](address), such as [NHS Careers](https://www.healthcareers.nhs.uk/)"),
      shown(`${HEALTH}:18`, "<br>", "to start a new line, start a new paragraph instead: leave a blank line"),
      shown(
        `${HEALTH}:20`,
        "<img>",
        "pictures cannot be added to a page: delete it, and say in words what it showed if that matters",
      ),
    ]);
  });

  it("gives each kind of tag its own hint", () => {
    const body = lines(
      BIG_PICTURE,
      "",
      "<h4>Growth</h4>",
      "",
      "Some <span>roles</span>, <strong>many</strong>, <em>most</em> and <i>all</i>, <sup>1</sup>.",
      "",
      "<ul><li>Coding</li></ul>",
      "",
      "<table><tr><td>Coding</td></tr></table>",
      "",
      "<style>p { color: red }</style>",
      "",
      '<object data="x.swf"></object>',
      "",
      '<embed src="x.swf">',
      "",
      '<form action="/x"><input name="q"></form>',
      "",
      "<?php echo 1 ?>",
    );
    expect(industryWith(body)).toEqual([
      shown(`${HEALTH}:20`, "<h4>", 'write a heading as a line of its own starting with #### and a space, such as "#### Heading"'),
      shown(`${HEALTH}:22`, "<span>", "write the words as plain text"),
      shown(`${HEALTH}:22`, "<strong>", "write **bold** instead: two stars either side of the words"),
      shown(`${HEALTH}:22`, "<em>", "write *emphasis* instead: one star either side of the words"),
      shown(`${HEALTH}:22`, "<i>", "write *emphasis* instead: one star either side of the words"),
      shown(`${HEALTH}:22`, "<sup>", "write it as plain text or markdown"),
      shown(`${HEALTH}:24`, "<ul>", LIST),
      shown(`${HEALTH}:26`, "<table>", 'a table cannot be shown: write it as a list instead, lines starting with "- "'),
      shown(`${HEALTH}:28`, "<style>", CANNOT),
      shown(`${HEALTH}:30`, "<object>", CANNOT),
      shown(`${HEALTH}:32`, "<embed>", CANNOT),
      shown(`${HEALTH}:34`, "<form>", CANNOT),
      shown(`${HEALTH}:36`, "<?php echo 1 ?>", "write it as plain text or markdown"),
    ]);
  });

  it("reports a body of only raw HTML as empty as well", () => {
    expect(industryWith("<div>Health informatics roles are growing.</div>")).toEqual([
      `${HEALTH}: body: expected text after the front matter`,
      shown(`${HEALTH}:18`, "<div>", PLAIN),
    ]);
  });
});
