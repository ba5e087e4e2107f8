import { describe, expect, it } from "vitest";
import {
  CHOOSER_FIND_LIMIT,
  CHOOSER_INDUSTRY_PAGE_SIZE,
  choosesByIndustry,
  comparisonAsked,
  FULL_CHOOSER_MAX_ROLES,
  isChoosing,
  MAX_COMPARE,
  MIN_COMPARE,
  readChooserParams,
  roleFinder,
  type FindRoles,
} from "@/lib/compare";
import type { Content, Role } from "@/lib/content";
import { compareChooserPath } from "@/lib/shared";
import { makeIndustry, makeRole } from "../../support/factories";

const role = (slug: string, title: string, extra: Partial<Role> = {}): Role => makeRole({ slug, title, ...extra });

describe("the chooser of a big guide", () => {
  it(`lists every role up to ${FULL_CHOOSER_MAX_ROLES} roles, and chooses by industry or search above that`, () => {
    expect(choosesByIndustry(4)).toBe(false);
    expect(choosesByIndustry(FULL_CHOOSER_MAX_ROLES)).toBe(false);
    expect(choosesByIndustry(FULL_CHOOSER_MAX_ROLES + 1)).toBe(true);
    expect(choosesByIndustry(1000)).toBe(true);
  });

  it("keeps its whole state in the address", () => {
    expect(compareChooserPath({ roles: [] })).toBe("/compare");
    expect(compareChooserPath({ roles: ["a", "b"] })).toBe("/compare?roles=a,b");
    expect(compareChooserPath({ roles: ["a"], industry: "ind-a" }, "compare-industry-roles")).toBe(
      "/compare?roles=a&industry=ind-a#compare-industry-roles",
    );
    expect(compareChooserPath({ roles: [], industry: "ind-a", page: 2 })).toBe("/compare?industry=ind-a&page=2");
    expect(compareChooserPath({ roles: ["a"], industry: "ind-a", page: 1 })).toBe("/compare?roles=a&industry=ind-a");
    expect(compareChooserPath({ roles: ["a"], find: "data & stats" })).toBe("/compare?roles=a&find=data+%26+stats");
    expect(compareChooserPath({ roles: ["a"], find: "" })).toBe("/compare?roles=a&find=");
  });

  it("reads its parameters, whatever they hold", () => {
    expect(readChooserParams({})).toEqual({ page: { valid: true, page: 1 }, show: false });
    expect(readChooserParams({ industry: " Ind-A ", page: "2" })).toEqual({
      industry: "ind-a",
      page: { valid: true, page: 2 },
      show: false,
    });
    expect(readChooserParams({ industry: "ind-a", show: "comparison" })).toMatchObject({ show: true });
    expect(readChooserParams({ show: ["comparison", "x"] })).toMatchObject({ show: true });
    expect(readChooserParams({ show: "yes" })).toMatchObject({ show: false });
    expect(readChooserParams({ industry: ["ind-b", "ind-a"] })).toMatchObject({ industry: "ind-b" });
    expect(readChooserParams({ find: "  data\u0000  analyst " })).toMatchObject({ find: "data analyst" });
    expect(readChooserParams({ find: "" })).toMatchObject({ find: "" });
    expect(readChooserParams({ find: ["x", "y"], page: "abc" })).toEqual({ find: "x", page: { valid: false, asked: "abc" }, show: false });
    expect(readChooserParams({ industry: "x".repeat(5000) }).industry).toHaveLength(200);
  });

  it("sends a tick-box form's Compare button to the comparison's own address, once two roles are chosen", () => {
    const asked = (roles: string[], params: Record<string, string>) => comparisonAsked(roles, readChooserParams(params));
    expect(asked(["a-1", "b-2"], { industry: "ind-a", show: "comparison" })).toBe("/compare?roles=a-1,b-2");
    expect(asked(["a-1", "b-2", "a-3", "a-4"], { find: "x", show: "comparison" })).toBe("/compare?roles=a-1,b-2,a-3,a-4");
    expect(asked(["a-1"], { industry: "ind-a", show: "comparison" })).toBeUndefined();
    expect(asked(["a-1", "b-2"], { industry: "ind-a" })).toBeUndefined();
  });

  it("is the chooser's address when it names an industry or a search, even an empty one", () => {
    expect(isChoosing(readChooserParams({}))).toBe(false);
    expect(isChoosing(readChooserParams({ page: "2" }))).toBe(false);
    expect(isChoosing(readChooserParams({ industry: "ind-a" }))).toBe(true);
    expect(isChoosing(readChooserParams({ industry: "" }))).toBe(true);
    expect(isChoosing(readChooserParams({ find: "" }))).toBe(true);
  });

  // A guide of three industries: A with 120 roles, B with 2, C with none.
  const roleA = (n: number) => role(`a-${n}`, `A role ${n}`, { industry: "ind-a" });
  const big: Content = {
    glossary: [],
    industries: [
      makeIndustry({ slug: "ind-a", name: "Industry A", roles: Array.from({ length: 120 }, (_, i) => `a-${i + 1}`) }),
      makeIndustry({ slug: "ind-b", name: "Industry B", roles: ["b-1", "b-2"] }),
      makeIndustry({ slug: "ind-c", name: "Industry C", roles: [] }),
    ],
    roles: [
      ...Array.from({ length: 120 }, (_, i) => roleA(i + 1)),
      role("b-1", "B role 1", { industry: "ind-b" }),
      role("b-2", "B role 2", { industry: "ind-b" }),
    ],
  };
  const asked: { query: string; limit: number }[] = [];
  const find: FindRoles = (query, limit) => {
    asked.push({ query, limit });
    const matches = big.roles.filter((each) => each.title.toLowerCase().includes(query.toLowerCase()));
    return { total: matches.length, roles: matches.slice(0, limit).map((each) => ({ slug: each.slug, title: each.title, industry: "Industry A" })) };
  };
  const finder = (chosen: string[], params: Record<string, string> = {}) => roleFinder(big, chosen, readChooserParams(params), find);

  it("with nothing chosen, lists every industry with its number of roles, and no roles", () => {
    const result = finder([]);
    expect(result.chosen).toEqual([]);
    expect(result.compareHref).toBeUndefined();
    expect(result.industries).toEqual([
      { slug: "ind-a", name: "Industry A", roleCount: 120, href: "/compare?industry=ind-a#compare-industry-roles", current: false },
      { slug: "ind-b", name: "Industry B", roleCount: 2, href: "/compare?industry=ind-b#compare-industry-roles", current: false },
      { slug: "ind-c", name: "Industry C", roleCount: 0, href: "/compare?industry=ind-c#compare-industry-roles", current: false },
    ]);
    expect(result.industry).toBeUndefined();
    expect(result.find).toBeUndefined();
    expect(result.notices).toEqual([]);
  });

  it(`lists an industry's roles ${CHOOSER_INDUSTRY_PAGE_SIZE} a page, the chosen ones ticked, keeping the chosen roles in every link`, () => {
    const result = finder(["b-1", "a-2"], { industry: "ind-a" });
    expect(result.industries.map((each) => each.current)).toEqual([true, false, false]);
    expect(result.industries[1]!.href).toBe("/compare?roles=b-1,a-2&industry=ind-b#compare-industry-roles");
    const industry = result.industry!;
    expect(industry.name).toBe("Industry A");
    expect(industry.page).toMatchObject({ found: true, page: 1, pageCount: 3, start: 0, end: 50 });
    expect(industry.roles).toHaveLength(CHOOSER_INDUSTRY_PAGE_SIZE);
    expect(industry.roles.slice(0, 3)).toEqual([
      { slug: "a-1", title: "A role 1", chosen: false },
      { slug: "a-2", title: "A role 2", chosen: true },
      { slug: "a-3", title: "A role 3", chosen: false },
    ]);
    // Its form sends the chosen role that is not in its list, and the industry, so the same list shows after.
    expect(industry.otherChosen).toEqual(["b-1"]);
    expect(result.keep).toEqual({ industry: "ind-a" });
    expect(industry.pageHref(2)).toBe("/compare?roles=b-1,a-2&industry=ind-a&page=2#compare-industry-roles");
    expect(industry.pageHref(1)).toBe("/compare?roles=b-1,a-2&industry=ind-a#compare-industry-roles");
  });

  it("gives later pages of an industry's roles, and says when it has no such page", () => {
    const third = finder(["a-2"], { industry: "ind-a", page: "3" });
    expect(third.industry!.roles.map((each) => each.slug)).toEqual(Array.from({ length: 20 }, (_, i) => `a-${i + 101}`));
    expect(third.industry!.otherChosen).toEqual(["a-2"]);
    expect(third.keep).toEqual({ industry: "ind-a", page: 3 });
    expect(third.chosen[0]!.removeHref).toBe("/compare?industry=ind-a&page=3");

    const missing = finder([], { industry: "ind-a", page: "9" });
    expect(missing.industry!.roles).toEqual([]);
    expect(missing.industry!.page).toMatchObject({ found: false, asked: "9" });
    expect(missing.notices).toEqual(["Industry A has 120 roles on 3 pages, so there is no page 9."]);
    expect(finder([], { industry: "ind-b", page: "x" }).notices).toEqual(['Industry B has 2 roles on one page, so there is no page "x".']);
  });

  it("says when the address names an industry the guide does not have", () => {
    const result = finder(["a-1"], { industry: "<nope>" });
    expect(result.industry).toBeUndefined();
    expect(result.notices).toEqual(['We could not find an industry called "<nope>". Choose one from the list.']);
    expect(finder([], { industry: "" }).notices).toEqual([]);
  });

  it(`lists the first ${CHOOSER_FIND_LIMIT} roles a search finds, the chosen ones ticked, and how many it found`, () => {
    asked.length = 0;
    const result = finder(["a-1", "b-2"], { find: "A role 1" });
    expect(asked).toEqual([{ query: "A role 1", limit: CHOOSER_FIND_LIMIT }]);
    expect(result.find!.query).toBe("A role 1");
    expect(result.find!.total).toBe(32); // 1, 10 to 19, 100 to 120
    expect(result.find!.roles).toHaveLength(CHOOSER_FIND_LIMIT);
    expect(result.find!.roles[0]).toEqual({ slug: "a-1", title: "A role 1", industryName: "Industry A", chosen: true });
    expect(result.find!.otherChosen).toEqual(["b-2"]);
    expect(result.keep).toEqual({ find: "A role 1" });
    expect(result.industry).toBeUndefined();
  });

  it("asks for more roles when Compare was pressed with fewer than two", () => {
    expect(finder(["a-1"], { industry: "ind-a", show: "comparison" }).notices).toEqual([
      "Choose at least two roles to compare. You have chosen one.",
    ]);
    expect(finder([], { find: "role", show: "comparison" }).notices).toEqual(["Choose at least two roles to compare."]);
  });

  it("does not search for an empty search", () => {
    asked.length = 0;
    expect(finder([], { find: "" }).find).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it("gives each chosen role a link that removes it and keeps the rest of the address", () => {
    const result = finder(["a-1", "b-2", "a-3"], { find: "role" });
    expect(result.chosen).toEqual([
      { slug: "a-1", title: "A role 1", industryName: "Industry A", removeHref: "/compare?roles=b-2,a-3&find=role" },
      { slug: "b-2", title: "B role 2", industryName: "Industry B", removeHref: "/compare?roles=a-1,a-3&find=role" },
      { slug: "a-3", title: "A role 3", industryName: "Industry A", removeHref: "/compare?roles=a-1,b-2&find=role" },
    ]);
    // Below a comparison (no chooser parameters), removing a role gives the comparison of the others.
    expect(finder(["a-1", "b-2", "a-3"]).chosen[0]!.removeHref).toBe("/compare?roles=b-2,a-3");
  });

  it(`links to the comparison once ${MIN_COMPARE} to ${MAX_COMPARE} roles are chosen`, () => {
    expect(finder(["a-1"]).compareHref).toBeUndefined();
    expect(finder(["a-1", "b-2"], { industry: "ind-a" }).compareHref).toBe("/compare?roles=a-1,b-2");
    expect(finder(["a-1", "b-2", "a-3", "a-4"]).compareHref).toBe("/compare?roles=a-1,b-2,a-3,a-4");
  });
});
