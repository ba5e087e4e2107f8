import { afterAll, describe, expect, it, vi } from "vitest";
import { BROWSE_EVERY_ROLE_MAX, browseIndustries, createSearchEngine, findRoles, getSearchEngine, RESULTS_PER_PAGE, searchTitle } from "@/lib/search";
import { searchPath } from "@/lib/shared";
import { content, engine, manyRoles, testContent, titles } from "./fixtures";

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
