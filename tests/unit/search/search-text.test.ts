import { describe, expect, it } from "vitest";
import { highlight, htmlToText, makeSnippet } from "@/lib/search";

describe("highlight", () => {
  const marked = (text: string, terms: string[]) =>
    highlight(text, terms)
      .filter((segment) => segment.match)
      .map((segment) => segment.text);

  it("splits text into segments that join back into the text, marking matches case-insensitively", () => {
    const text = "Analysts who combine SQL proficiency with sql skills";
    const segments = highlight(text, ["sql"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments).toEqual([
      { text: "Analysts who combine ", match: false },
      { text: "SQL", match: true },
      { text: " proficiency with ", match: false },
      { text: "sql", match: true },
      { text: " skills", match: false },
    ]);
  });

  it("marks whole words that start with a term, never the middle of a word", () => {
    expect(marked("Analysts analyse data; an analyst is a catalyst", ["analyst"])).toEqual(["Analysts", "analyst"]);
    expect(marked("informatics and information", ["informat"])).toEqual(["informatics", "information"]);
    expect(marked("catalyst", ["lyst"])).toEqual([]);
  });

  it("prefers the longest term, so a code is marked whole", () => {
    expect(marked("assigning ICD-10 codes (ICD)", ["icd", "icd-10"])).toEqual(["ICD-10", "ICD"]);
  });

  it("treats regular-expression characters in terms as plain text", () => {
    expect(() => highlight("text", ["(", "[", "*", "\\", "a.b", "c++", "$^|?", "-", "/"])).not.toThrow();
    expect(marked("a.b and axb", ["a.b"])).toEqual(["a.b"]);
    expect(marked("C++ and C#", ["c++"])).toEqual(["C++"]);
    expect(marked("(.*) matches nothing", [".*"])).toEqual([".*"]);
  });

  it("returns markup in the text as plain text, for React to escape", () => {
    expect(highlight("<script>alert(1)</script>", ["script"])).toEqual([
      { text: "<", match: false },
      { text: "script", match: true },
      { text: ">alert(1)</", match: false },
      { text: "script", match: true },
      { text: ">", match: false },
    ]);
  });

  it("returns the text unmarked when there are no terms, and nothing for no text", () => {
    expect(highlight("Clinical Coder", [])).toEqual([{ text: "Clinical Coder", match: false }]);
    expect(highlight("Clinical Coder", ["", "  "])).toEqual([{ text: "Clinical Coder", match: false }]);
    expect(highlight("", ["sql"])).toEqual([]);
  });
});

describe("text for the index and snippets", () => {
  it("strips tags and decodes entities from the rendered HTML", () => {
    expect(htmlToText("<p>Trust &#x26; Safety</p><ul><li>One</li><li>Two &amp; <em>three</em></li></ul>")).toBe(
      "Trust & Safety One Two & three",
    );
    expect(htmlToText("<p>&lt;b&gt; &quot;x&quot; &#39;y&#39; &bogus; &#x110000;</p>")).toBe(
      "<b> \"x\" 'y' &bogus; &#x110000;",
    );
  });

  it("cuts a snippet around the match with … where text was left out, starting at its sentence if near", () => {
    const body = `${"Filler words here. ".repeat(20)}The target word sits here. ${"More words follow. ".repeat(20)}`;
    const snippet = makeSnippet([body], ["target"]);
    expect(snippet.startsWith("… The target word")).toBe(true);
    expect(snippet.endsWith(" …")).toBe(true);
  });

  it("prefers the prose to the listed facts, and the start of the summary when nothing matches", () => {
    expect(makeSnippet(["Short summary.", "Body with SQL in it."], ["sql"], "SQL. Python")).toBe("Body with SQL in it.");
    expect(makeSnippet(["Short summary."], ["python"], "SQL. Python")).toBe("… Python");
    expect(makeSnippet(["Short summary."], ["nothing"], "SQL")).toBe("Short summary.");
  });
});
