import { describe, expect, it } from "vitest";
import { compareRoles, getCompareChoices, getComparePage, getCompareRequest, MAX_COMPARE, roleCompareLinks, type CompareInput } from "@/lib/compare";
import type { Role } from "@/lib/content";
import { makeRole } from "../../support/factories";

const role = (slug: string, title: string, extra: Partial<Role> = {}): Role => makeRole({ slug, title, ...extra });

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
