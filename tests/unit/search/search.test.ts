import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Content, Role } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { highlight } from "@/lib/search/highlight";
import {
  BROWSE_EVERY_ROLE_MAX,
  browseIndustries,
  createSearchEngine,
  findRoles,
  getSearchEngine,
  htmlToText,
  makeSnippet,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  normaliseQuery,
  queryTerms,
  RESULTS_PER_PAGE,
  search,
  searchTitle,
} from "@/lib/search";
import { searchPath } from "@/lib/shared/urls";
import { makeIndustry, makeRole } from "../../support/factories";

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
      expect(engine.search(value)).toMatchObject({ query: "", terms: [], total: 0, results: [], matchedAllTerms: true });
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

/** `count` roles that all mention "data", the first few more than the rest so that the ranking is clear. */
function manyRoles(count: number): Role[] {
  return Array.from({ length: count }, (_, index) =>
    role({
      slug: `role-${index + 1}`,
      title: `Role ${index + 1}`,
      summary: index < 3 ? "Data, data and more data: a role all about data." : `Role ${index + 1} uses data now and then.`,
      skills: [`Skill ${index + 1}`],
    }),
  );
}

describe("pages of results", () => {
  const big = createSearchEngine(testContent(manyRoles(45)));

  it(`shows ${RESULTS_PER_PAGE} results a page and counts them all`, () => {
    const first = big.search("data");
    expect(first.total).toBe(45);
    expect(first.results).toHaveLength(RESULTS_PER_PAGE);
    expect(first.page).toEqual({ found: true, page: 1, pageCount: 3, total: 45, start: 0, end: 20 });
    expect(first.results.slice(0, 3).map((result) => result.slug).sort()).toEqual(["role-1", "role-2", "role-3"]);
  });

  it("gives each page its part of the one ranking, with nothing twice and nothing left out", () => {
    const pages = [undefined, "2", "3"].map((page) => big.search("data", { page }));
    expect(pages.map((each) => each.results.length)).toEqual([20, 20, 5]);
    expect(pages[2]!.page).toMatchObject({ found: true, page: 3, start: 40, end: 45 });
    const slugs = pages.flatMap((each) => each.results.map((result) => `${result.kind}:${result.slug}`));
    expect(new Set(slugs).size).toBe(45);
    const scores = pages.flatMap((each) => each.results.map((result) => result.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("makes snippets only for the results shown, each with the words to highlight", () => {
    const second = big.search("data", { page: "2" });
    for (const result of second.results) {
      expect(result.snippet, result.slug).toMatch(/data/i);
      expect(result.terms, result.slug).toContain("data");
    }
  });

  it("says when the results have no such page, and shows none", () => {
    for (const page of ["4", "999", "0", "-1", "abc", "1.5"]) {
      const response = big.search("data", { page });
      expect(response.page, page).toEqual({ found: false, asked: page, pageCount: 3, total: 45 });
      expect(response.results, page).toEqual([]);
      expect(response.total, page).toBe(45);
    }
  });

  it("has one page for a few results, and page 1 for no page parameter or an empty one", () => {
    expect(engine.search("data").page).toMatchObject({ found: true, page: 1, pageCount: 1 });
    expect(engine.search("data", { page: "" }).page).toMatchObject({ found: true, page: 1 });
    expect(engine.search("data", { page: "2" }).page).toMatchObject({ found: false, asked: "2", pageCount: 1 });
  });

  it("titles the page by what was searched, with the page of several and a page the results do not have", () => {
    expect(searchTitle(engine.search(""))).toBe("Search");
    expect(searchTitle(engine.search("zzzzqqq"))).toBe('Search results for "zzzzqqq"');
    expect(searchTitle(engine.search("data"))).toBe('Search results for "data"');
    expect(searchTitle(engine.search("data", { page: "2" }))).toBe('Search results for "data": there is no page 2');
    expect(searchTitle(engine.search("data", { page: "abc" }))).toBe('Search results for "data": there is no page "abc"');
    expect(searchTitle(engine.search("data", { page: "2", perPage: 1 }))).toMatch(/^Search results for "data" \(page 2 of \d+\)$/);
  });

  it("links page 1 without a page parameter and later pages with one", () => {
    expect(searchPath("data")).toBe("/search?q=data");
    expect(searchPath("data", 1)).toBe("/search?q=data");
    expect(searchPath("clinical coder", 2)).toBe("/search?q=clinical+coder&page=2");
    expect(searchPath("a&page=9", 3)).toBe("/search?q=a%26page%3D9&page=3");
  });
});

describe("finding roles to choose (the compare chooser)", () => {
  const big = createSearchEngine(testContent(manyRoles(45)));

  it("gives the first roles found, best first, and how many there are, leaving industries out", () => {
    const found = big.findRoles("data", 20);
    expect(found.total).toBe(45);
    expect(found.roles).toHaveLength(20);
    expect(found.roles[0]).toMatchObject({ title: expect.stringMatching(/^Role [123]$/), industry: "Test Industry" });
    expect(big.findRoles("skill 7", 20).roles.map((each) => each.slug)).toEqual(["role-7"]);
  });

  it("finds nothing for an empty query", () => {
    expect(big.findRoles("", 20)).toEqual({ query: "", total: 0, roles: [] });
    expect(findRoles("  ", 20)).toEqual({ query: "", total: 0, roles: [] });
  });
});

describe("browsing the guide from the search page", () => {
  it(`lists every role when the guide has at most ${BROWSE_EVERY_ROLE_MAX}`, () => {
    const [industry] = browseIndustries(content);
    expect(industry).toMatchObject({ name: content.industries[0]!.name, roleCount: content.roles.length });
    expect(industry!.roles!.map((each) => each.title)).toEqual(
      content.industries[0]!.roles.map((slug) => content.roles.find((each) => each.slug === slug)!.title),
    );
  });

  it("lists only the industries, with how many roles each has, when the guide is bigger", () => {
    const [industry] = browseIndustries(testContent(manyRoles(BROWSE_EVERY_ROLE_MAX + 1)));
    expect(industry).toEqual({ name: "Test Industry", href: "/industries/test-industry", roleCount: BROWSE_EVERY_ROLE_MAX + 1 });
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
