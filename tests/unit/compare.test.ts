import { describe, expect, it } from "vitest";
import {
  canonicalCompareSlugs,
  compareRoles,
  getCompareChoices,
  getComparePage,
  listInWords,
  MAX_COMPARE,
  numberInWords,
  parseRolesParam,
  roleCompareLinks,
  selectionNotices,
  selectRoles,
  type CompareInput,
} from "@/lib/compare";
import type { Role } from "@/lib/content";
import { comparePath } from "@/lib/urls";
import { makeRole } from "./factories";

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
