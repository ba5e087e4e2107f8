import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Content, Role } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { highlight } from "@/lib/highlight";
import {
  createSearchEngine,
  getSearchEngine,
  htmlToText,
  makeSnippet,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  normaliseQuery,
  queryTerms,
  search,
} from "@/lib/search";
import { makeIndustry, makeRole } from "./factories";

const root = process.cwd();
const loaded = loadContent(path.join(root, "content"), root);
if (!loaded.content) throw new Error("the content has problems: run npm run content:check");
const content = loaded.content;
const engine = createSearchEngine(content);
const titles = (query: string) => engine.search(query).results.map((result) => result.title);

const role = (overrides: Partial<Role> & Pick<Role, "slug" | "title">): Role =>
  makeRole({ industry: "test-industry", summary: "A role in the test industry.", ...overrides });

const testContent = (roles: Role[]): Content => ({
  industries: [
    makeIndustry({
      name: "Test Industry",
      slug: "test-industry",
      summary: "An industry for tests.",
      roles: roles.map((each) => each.slug),
      bigPictureHtml: "<p>Roles for tests.</p>",
    }),
  ],
  roles,
});

describe("search ranking", () => {
  it("ranks a page whose title matches above one that only mentions the word in its body", () => {
    const small = createSearchEngine(
      testContent([
        role({
          slug: "librarian",
          title: "Librarian",
          sections: [
            {
              id: "work",
              heading: "What the work involves",
              html: "<p>Librarians work with the archivist, ask the archivist, and cover for the archivist.</p>",
            },
          ],
        }),
        role({ slug: "archivist", title: "Archivist", summary: "Keeps records." }),
      ]),
    );
    expect(small.search("archivist").results.map((result) => result.slug)).toEqual(["archivist", "librarian"]);
  });

  it("ranks Healthcare Data Analyst (title) above Trust & Safety (whose body says 'Analysts')", () => {
    expect(titles("analyst")).toEqual(["Healthcare Data Analyst", "Trust & Safety"]);
  });

  it("finds Healthcare Data Analyst first for the skill SQL", () => {
    const [first] = engine.search("SQL").results;
    expect(first?.title).toBe("Healthcare Data Analyst");
    expect(first?.kind).toBe("role");
    expect(first?.url).toBe("/roles/healthcare-data-analyst");
    expect(first?.industry).toBe("Healthcare & Informatics");
    expect(first?.snippet).toContain("SQL");
  });

  it("finds Clinical Coder first for the code ICD-10, kept whole rather than split at the hyphen", () => {
    expect(titles("ICD-10")[0]).toBe("Clinical Coder");
    expect(titles("icd-10")[0]).toBe("Clinical Coder");
    expect(engine.search("ICD-10").terms).toEqual(["icd-10"]);
    expect(titles("ICD")).toContain("Clinical Coder");
  });

  it("matches the start of a word: 'informat' finds Health Informatics Specialist first, and the industry", () => {
    const { results } = engine.search("informat");
    expect(results[0]?.title).toBe("Health Informatics Specialist");
    expect(results.map((result) => result.kind)).toContain("industry");
    expect(results.find((result) => result.kind === "industry")?.url).toBe("/industries/healthcare-informatics");
  });

  it("searches the listed facts: qualifications' abbreviations, workplaces and specialisms", () => {
    expect(titles("NCCQ")[0]).toBe("Clinical Coder");
    expect(titles("EMIS")[0]).toBe("Health Informatics Specialist");
    expect(titles("misinformation")[0]).toBe("Trust & Safety");
  });

  it("finds the roles a career path pattern leads to", () => {
    expect(titles("contact centre")).toEqual(expect.arrayContaining(["Trust & Safety", "Healthcare & Informatics"]));
  });

  it("forgives a small spelling mistake in a longer word, but not in a short one", () => {
    expect(titles("analist")[0]).toBe("Healthcare Data Analyst");
    // "coder" must not find the pages that only say "codes".
    expect(titles("coder")).toEqual(["Clinical Coder"]);
  });

  it("ignores common words, so a question finds the role it asks about", () => {
    const response = engine.search("What does a clinical coder do?");
    expect(response.terms).toEqual(["clinical", "coder"]);
    expect(response.matchedAllTerms).toBe(true);
    expect(response.results[0]?.title).toBe("Clinical Coder");
  });

  it("shows pages with all the words when there are some", () => {
    const response = engine.search("clinical SQL");
    expect(response.matchedAllTerms).toBe(true);
    expect(response.results.map((result) => result.title)).toEqual(["Healthcare Data Analyst"]);
  });

  it("falls back to pages with any of the words when none has them all, and says so", () => {
    const response = engine.search("coder SQL");
    expect(response.matchedAllTerms).toBe(false);
    expect(response.results.map((result) => result.title)).toEqual(
      expect.arrayContaining(["Clinical Coder", "Healthcare Data Analyst"]),
    );
  });

  it("finds nothing, without falling back, for a word that is nowhere", () => {
    expect(engine.search("zzzz")).toMatchObject({ query: "zzzz", terms: ["zzzz"], results: [], matchedAllTerms: true });
    expect(engine.search("zzzz qqqq").results).toEqual([]);
  });

  it("gives each result the words to highlight and a snippet of about 30 words around a match", () => {
    const [result] = engine.search("datasets").results;
    expect(result?.title).toBe("Clinical Coder");
    expect(result?.terms).toContain("datasets");
    expect(result?.snippet).toMatch(/datasets/);
    const words = result!.snippet.replace(/…/g, "").trim().split(/\s+/);
    expect(words.length).toBeLessThanOrEqual(30);
    expect(words.length).toBeGreaterThan(15);
  });

  it("search() uses the site's content", () => {
    expect(search("SQL").results[0]?.title).toBe("Healthcare Data Analyst");
  });
});

describe("queries that are empty, huge or hostile", () => {
  it("treats an empty or missing query as no search", () => {
    for (const value of ["", "   ", "\n\t", undefined, null, 42, {}, [], [42]]) {
      expect(normaliseQuery(value)).toBe("");
      expect(engine.search(value)).toEqual({ query: "", terms: [], results: [], matchedAllTerms: true });
    }
  });

  it("takes the first string when the query string repeats q", () => {
    expect(normaliseQuery(["sql", "coder"])).toBe("sql");
    expect(normaliseQuery([undefined, "coder"])).toBe("coder");
  });

  it("trims and collapses whitespace", () => {
    expect(normaliseQuery("  clinical \n\t  coder  ")).toBe("clinical coder");
  });

  it("turns control characters into spaces and removes invisible ones", () => {
    expect(normaliseQuery("sql\u0000data\u0007")).toBe("sql data");
    expect(normaliseQuery("S\u200BQL")).toBe("SQL");
    expect(normaliseQuery("\u202Esql\u202C")).toBe("sql");
    expect(normaliseQuery("\uD800sql")).toBe("sql");
    expect(normaliseQuery("\u0000\u0001\u200B")).toBe("");
  });

  it(`cuts a huge query to ${MAX_QUERY_LENGTH} characters without splitting a character`, () => {
    expect(normaliseQuery("a".repeat(100_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normaliseQuery("😀".repeat(1_000));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).not.toMatch(/\p{Cs}/u); // no half of a character
    const response = engine.search(`${"informatics ".repeat(10_000)}`);
    expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(response.results.length).toBeGreaterThan(0);
  });

  it(`searches at most ${MAX_QUERY_TERMS} distinct words`, () => {
    const many = Array.from({ length: 40 }, (_, index) => `word${index}`).join(" ");
    expect(queryTerms(normaliseQuery(many))).toHaveLength(MAX_QUERY_TERMS);
    expect(queryTerms("sql SQL Sql")).toEqual(["sql"]);
  });

  it("answers normally for markup, regular-expression syntax and odd unicode", () => {
    for (const query of [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "(.*+?[\\",
      "%00",
      "ﷺ".repeat(300),
      "Z̷̢a̸l̵g̶o̷",
      "مرحبا",
      "データ",
      "\uFFFD",
    ]) {
      const response = engine.search(query);
      expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(Array.isArray(response.results)).toBe(true);
    }
  });

  it("finds nothing for a query of only common words", () => {
    expect(engine.search("the and of")).toMatchObject({ query: "the and of", terms: [], results: [] });
  });
});

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

describe("example searches", () => {
  it("come from the roles' listed facts and each finds its role", () => {
    expect(engine.exampleSearches.length).toBeGreaterThanOrEqual(2);
    for (const example of engine.exampleSearches) {
      const owner = content.roles.find((each) =>
        [...each.skills, ...each.specialisms, ...each.standards.map((standard) => standard.name)].includes(example),
      );
      expect(owner, example).toBeDefined();
      expect(titles(example), example).toContain(owner!.title);
    }
  });
});

describe("the index", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("is built once and reused in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    const first = getSearchEngine();
    expect(getSearchEngine()).toBe(first);
    expect(first.size).toBe(content.industries.length + content.roles.length);
  });
});
