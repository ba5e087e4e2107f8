import { listInWords, numberInWords } from "@/lib/shared";
import { describe, expect, it } from "vitest";
import { CHOOSER_FIND_LIMIT, comparisonAsked, MIN_COMPARE, CHOOSER_INDUSTRY_PAGE_SIZE, canonicalCompareSlugs, compareChooserPath, compareRoles, choosesByIndustry, FULL_CHOOSER_MAX_ROLES, isChoosing, readChooserParams, roleFinder, type FindRoles, getCompareChoices, getComparePage, getCompareRequest, MAX_COMPARE, parseRolesParam, roleCompareLinks, selectionNotices, selectRoles, type CompareInput } from "@/lib/compare";
import type { Content, Role } from "@/lib/content";
import { comparePath } from "@/lib/shared/urls";
import { makeIndustry, makeRole } from "../../support/factories";

const KNOWN = ["trust-and-safety", "healthcare-data-analyst", "clinical-coder", "health-informatics-specialist", "other"];

const role = (slug: string, title: string, extra: Partial<Role> = {}): Role => makeRole({ slug, title, ...extra });

describe("reading the roles parameter", () => {
  it("reads a comma-separated value", () => {
    expect(parseRolesParam("clinical-coder,healthcare-data-analyst")).toEqual([
      "clinical-coder",
      "healthcare-data-analyst",
    ]);
  });

  it("reads a repeated parameter, as a form of checkboxes sends it, and arrays of comma-separated values", () => {
    expect(parseRolesParam(["clinical-coder", "trust-and-safety"])).toEqual(["clinical-coder", "trust-and-safety"]);
    expect(parseRolesParam(["a,b", "c"])).toEqual(["a", "b", "c"]);
  });

  it("gives nothing for a missing or empty parameter", () => {
    expect(parseRolesParam(undefined)).toEqual([]);
    expect(parseRolesParam(null)).toEqual([]);
    expect(parseRolesParam("")).toEqual([]);
    expect(parseRolesParam([])).toEqual([]);
    expect(parseRolesParam(" , ,, ")).toEqual([]);
  });

  it("trims spaces, lowercases and drops empty entries", () => {
    expect(parseRolesParam("  Clinical-Coder , ,HEALTHCARE-data-analyst,")).toEqual([
      "clinical-coder",
      "healthcare-data-analyst",
    ]);
  });
});

describe("choosing the roles to compare", () => {
  it("keeps known roles in the address's order", () => {
    expect(selectRoles("clinical-coder,trust-and-safety", KNOWN)).toEqual({
      slugs: ["clinical-coder", "trust-and-safety"],
      unknown: [],
      repeated: [],
      overLimit: [],
    });
  });

  it("shows a repeated role once and notes it", () => {
    const selection = selectRoles(["clinical-coder", "clinical-coder,trust-and-safety", "clinical-coder"], KNOWN);
    expect(selection.slugs).toEqual(["clinical-coder", "trust-and-safety"]);
    expect(selection.repeated).toEqual(["clinical-coder"]);
  });

  it("reports unknown slugs once each, in order, and leaves them out", () => {
    const selection = selectRoles("nope,clinical-coder,<script>,nope", KNOWN);
    expect(selection.slugs).toEqual(["clinical-coder"]);
    expect(selection.unknown).toEqual(["nope", "<script>"]);
    expect(selection.repeated).toEqual([]);
  });

  it(`compares at most ${MAX_COMPARE} roles and notes the ones left out`, () => {
    const selection = selectRoles(KNOWN.join(","), KNOWN);
    expect(selection.slugs).toEqual(KNOWN.slice(0, MAX_COMPARE));
    expect(selection.overLimit).toEqual(["other"]);
  });

  it("does not count a repeated role towards the limit", () => {
    const selection = selectRoles("a,a,a,b,c,d", ["a", "b", "c", "d"]);
    expect(selection.slugs).toEqual(["a", "b", "c", "d"]);
    expect(selection.overLimit).toEqual([]);
  });
});

describe("messages about slugs left out", () => {
  const titleOf = (slug: string) => ({ "clinical-coder": "Clinical Coder", "trust-and-safety": "Trust & Safety" })[slug] ?? slug;

  it("says nothing when every slug was used", () => {
    expect(selectionNotices(selectRoles("clinical-coder,trust-and-safety", KNOWN), titleOf)).toEqual([]);
  });

  it("names an unknown slug, a repeated role and a role over the limit", () => {
    expect(selectionNotices(selectRoles("clinical-coder,clinical-coder,xyz", KNOWN), titleOf)).toEqual([
      'We could not find a role called "xyz".',
      "The address names Clinical Coder more than once. Each role is shown once.",
    ]);
    expect(
      selectionNotices({ slugs: [], unknown: [], repeated: [], overLimit: ["trust-and-safety"] }, titleOf),
    ).toEqual([`You can compare up to ${MAX_COMPARE} roles at a time, so Trust & Safety was left out.`]);
  });

  it("lists several unknown slugs, counts any beyond five, and shortens long ones", () => {
    expect(selectionNotices(selectRoles("a1,b1", KNOWN), titleOf)).toEqual(['We could not find roles called "a1" and "b1".']);
    const many = selectRoles("u1,u2,u3,u4,u5,u6,u7", KNOWN);
    expect(selectionNotices(many, titleOf)).toEqual([
      'We could not find roles called "u1", "u2", "u3", "u4", "u5" and 2 more.',
    ]);
    const [long] = selectionNotices(selectRoles("x".repeat(500), KNOWN), titleOf);
    expect(long).toBe(`We could not find a role called "${"x".repeat(39)}…".`);
  });

  it("joins words in plain English", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b"])).toBe("a and b");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
  });

  it("writes small numbers in words", () => {
    expect([1, 2, 4].map(numberInWords)).toEqual(["one", "two", "four"]);
    expect(numberInWords(12)).toBe("12");
  });
});

describe("compare addresses", () => {
  it("builds /compare?roles=a,b with readable commas, and /compare with no roles", () => {
    expect(comparePath(["clinical-coder", "healthcare-data-analyst"])).toBe(
      "/compare?roles=clinical-coder,healthcare-data-analyst",
    );
    expect(comparePath([])).toBe("/compare");
  });

  it("reads back what it builds", () => {
    const slugs = ["trust-and-safety", "clinical-coder"];
    const url = new URL(comparePath(slugs), "http://localhost");
    expect(parseRolesParam(url.searchParams.getAll("roles"))).toEqual(slugs);
  });

  it("puts a canonical address's roles in the site's order", () => {
    expect(canonicalCompareSlugs(["clinical-coder", "trust-and-safety"], KNOWN)).toEqual([
      "trust-and-safety",
      "clinical-coder",
    ]);
  });
});

describe("laying out a comparison", () => {
  const coder = role("clinical-coder", "Clinical Coder", {
    skills: ["Medical knowledge"],
    sections: [
      { id: "work", heading: "What the work involves", html: "<p>Codes records.</p>" },
      { id: "impact", heading: "Why the work matters", html: "<p>Data matters.</p>" },
    ],
  });
  const safety = role("trust-and-safety", "Trust & Safety", {
    specialisms: ["Child safety"],
    sections: [{ id: "work", heading: "What the work involves", html: "<p>Reviews content.</p>" }],
  });
  const inputs: CompareInput[] = [
    { role: coder, industryName: "Healthcare & Informatics", pathsIn: [] },
    {
      role: safety,
      industryName: "Healthcare & Informatics",
      pathsIn: [{ from: "Customer service", to: "trust-and-safety", description: "Escalation skills." }],
    },
  ];

  it("has a row per section that any role has, in page order, then how people get in", () => {
    const { rows } = compareRoles(inputs);
    expect(rows.map((row) => row.heading)).toEqual([
      "What the work involves",
      "Skills and knowledge",
      "Specialisms",
      "Why the work matters",
      "How people get into this role",
    ]);
  });

  it("gives every row one cell per role, in the comparison's order", () => {
    for (const row of compareRoles(inputs).rows) {
      expect(row.cells.map((cell) => cell.slug)).toEqual(["clinical-coder", "trust-and-safety"]);
    }
  });

  it("holds each role's prose and facts, and marks a section the role does not have as not recorded", () => {
    const rows = Object.fromEntries(compareRoles(inputs).rows.map((row) => [row.id, row.cells]));
    expect(rows.work).toEqual([
      { slug: "clinical-coder", title: "Clinical Coder", recorded: true, html: "<p>Codes records.</p>", lists: [], paths: [] },
      { slug: "trust-and-safety", title: "Trust & Safety", recorded: true, html: "<p>Reviews content.</p>", lists: [], paths: [] },
    ]);
    expect(rows.skills![0]).toMatchObject({ recorded: true, lists: [{ label: "Skills", items: ["Medical knowledge"] }] });
    expect(rows.skills![1]).toEqual({ slug: "trust-and-safety", title: "Trust & Safety", recorded: false });
    expect(rows.specialisms![0]).toEqual({ slug: "clinical-coder", title: "Clinical Coder", recorded: false });
    expect(rows.impact![1]).toMatchObject({ recorded: false });
  });

  it("lists the path patterns into each role, or marks that there are none", () => {
    const paths = compareRoles(inputs).rows.at(-1)!;
    expect(paths.id).toBe("paths-in");
    expect(paths.cells[0]).toEqual({ slug: "clinical-coder", title: "Clinical Coder", recorded: false });
    expect(paths.cells[1]).toMatchObject({
      recorded: true,
      paths: [{ from: "Customer service", to: "trust-and-safety", description: "Escalation skills." }],
    });
  });

  it("sums up each role: title, summary and industry", () => {
    expect(compareRoles(inputs).roles).toEqual([
      { slug: "clinical-coder", title: "Clinical Coder", summary: "Clinical Coder summary.", industryName: "Healthcare & Informatics" },
      { slug: "trust-and-safety", title: "Trust & Safety", summary: "Trust & Safety summary.", industryName: "Healthcare & Informatics" },
    ]);
  });
});

describe("the compare page's data, from the site's content", () => {
  it("compares two known roles with a canonical address and no messages", () => {
    const page = getComparePage("clinical-coder,healthcare-data-analyst");
    expect(page.notices).toEqual([]);
    expect(page.comparison?.roles.map((each) => each.title)).toEqual(["Clinical Coder", "Healthcare Data Analyst"]);
    expect(page.canonical).toBe("/compare?roles=healthcare-data-analyst,clinical-coder");
    const work = page.comparison!.rows.find((row) => row.id === "work")!;
    expect(work.cells.every((cell) => cell.recorded)).toBe(true);
  });

  it("gives the chooser, with messages, when fewer than two known roles remain", () => {
    const page = getComparePage("clinical-coder,clinical-coder,nope");
    expect(page.comparison).toBeUndefined();
    expect(page.selection.slugs).toEqual(["clinical-coder"]);
    expect(page.canonical).toBe("/compare");
    expect(page.notices).toEqual([
      'We could not find a role called "nope".',
      "The address names Clinical Coder more than once. Each role is shown once.",
    ]);
  });

  it("in a guide of four roles, shows the comparison whatever chooser parameters the address carries, and never redirects", () => {
    const request = getCompareRequest({ roles: "clinical-coder,healthcare-data-analyst", industry: "x", find: "data", show: "comparison" });
    expect(request.choosesByIndustry).toBe(false);
    expect(request.comparison?.roles.map((each) => each.title)).toEqual(["Clinical Coder", "Healthcare Data Analyst"]);
    expect(request.redirectTo).toBeUndefined();
    expect(request.chooserParams).toMatchObject({ industry: "x", find: "data", show: true });
  });

  it("never throws, whatever the parameter holds", () => {
    const inputs = [undefined, "", ",", "%", "../../etc/passwd", "\u0000", "a".repeat(10_000), ["", "x"], Array(500).fill("clinical-coder")];
    for (const input of inputs) expect(() => getComparePage(input)).not.toThrow();
  });

  it("offers every role, grouped by industry, in the chooser", () => {
    const choices = getCompareChoices();
    expect(choices.map((choice) => choice.industry.name)).toEqual(["Healthcare & Informatics"]);
    expect(choices[0]!.roles.map((each) => each.slug)).toEqual([
      "trust-and-safety",
      "healthcare-data-analyst",
      "clinical-coder",
      "health-informatics-specialist",
    ]);
  });
});

describe("a role page's compare links", () => {
  const coder = { slug: "clinical-coder", title: "Clinical Coder" };
  const others = [
    { slug: "trust-and-safety", title: "Trust & Safety" },
    { slug: "healthcare-data-analyst", title: "Healthcare Data Analyst" },
  ];
  const industry = { name: "Healthcare & Informatics", roles: ["trust-and-safety", "healthcare-data-analyst", "clinical-coder"] };

  it("links to a comparison with each other role, then with all of the industry's roles", () => {
    expect(roleCompareLinks(coder, industry, others)).toEqual([
      { label: "Compare with Trust & Safety", href: "/compare?roles=clinical-coder,trust-and-safety" },
      { label: "Compare with Healthcare Data Analyst", href: "/compare?roles=clinical-coder,healthcare-data-analyst" },
      {
        label: "Compare all Healthcare & Informatics roles",
        href: "/compare?roles=trust-and-safety,healthcare-data-analyst,clinical-coder",
      },
    ]);
  });

  it("has no 'compare all' link for an industry of two roles, and no links for a role on its own", () => {
    const two = roleCompareLinks(coder, { name: "X", roles: ["clinical-coder", "trust-and-safety"] }, [others[0]!]);
    expect(two.map((link) => link.label)).toEqual(["Compare with Trust & Safety"]);
    expect(roleCompareLinks(coder, { name: "X", roles: ["clinical-coder"] }, [])).toEqual([]);
  });

  it(`has no 'compare all' link when the industry has more roles than one comparison shows (${MAX_COMPARE})`, () => {
    const slugs = ["a", "b", "c", "d", "clinical-coder"];
    const links = roleCompareLinks(coder, { name: "Big", roles: slugs }, slugs.slice(0, 4).map((slug) => ({ slug, title: slug })));
    expect(links).toHaveLength(4);
    expect(links.some((link) => link.label.startsWith("Compare all"))).toBe(false);
  });
});

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
