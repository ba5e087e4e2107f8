import { describe, expect, it } from "vitest";
import { shownWords, type ShownPage } from "@/lib/content/shown-words";

/* The words a page shows readers, which the check compares with the published version to tell when they changed. */

describe("shownWords: the words a page shows, from its file", () => {
  const role: ShownPage = {
    kind: "roles",
    data: {
      title: "Clinical Coder",
      slug: "clinical-coder",
      industry: "health",
      summary: "A Clinical Coder turns health records into codes.",
      workplaces: [],
      skills: ["Attention to detail", "Medical knowledge"],
      standards: [{ name: "ICD-10", use: "codes for diagnoses" }],
      qualifications: [{ name: "National Clinical Coding Qualification", abbreviation: "NCCQ" }],
      specialisms: [],
      lastReviewed: "2026-11-25",
      nextReviewDue: "2027-05-25",
      changes: [{ date: "2026-11-25", note: "First published." }],
      redirectFrom: [],
    },
    body: "## What the work involves\n\nReviewing medical notes and assigning codes.\n",
  };
  const withData = (data: object, body = role.body): ShownPage => ({ ...role, data: { ...role.data, ...data }, body });

  it("change when a skill, the summary, a standard's use, the title or the body changes", () => {
    for (const changed of [
      withData({ skills: ["Attention to detail", "Medical knowledge", "SQL"] }),
      withData({ summary: "A Clinical Coder turns patient records into codes." }),
      withData({ standards: [{ name: "ICD-10", use: "codes for procedures" }] }),
      withData({ title: "Clinical Coding Officer" }),
      withData({}, "## What the work involves\n\nReviewing medical notes and assigning the codes.\n"),
    ]) {
      expect(shownWords(changed)).not.toBe(shownWords(role));
    }
  });

  it("change when a list's order changes, or its markdown (emphasis, a link's address)", () => {
    expect(shownWords(withData({ skills: ["Medical knowledge", "Attention to detail"] }))).not.toBe(shownWords(role));
    expect(shownWords(withData({}, "## What the work involves\n\nReviewing *medical* notes and assigning codes.\n"))).not.toBe(
      shownWords(role),
    );
  });

  it("do not change with the review dates, the history (minor entries too), old slugs or the slug", () => {
    const same = withData({
      slug: "clinical-coding-officer",
      lastReviewed: "2027-05-20",
      nextReviewDue: "2027-11-20",
      changes: [{ date: "2026-11-27", minor: true }, { date: "2026-11-26", note: "Checked." }, { date: "2026-11-25", note: "First published." }],
      redirectFrom: ["coder"],
    });
    expect(shownWords(same)).toBe(shownWords(role));
  });

  it("do not change with whitespace: re-wrapped lines, extra blank lines, trailing spaces, the fields' order", () => {
    const respaced = withData(
      { summary: "  A Clinical Coder turns health\n records into codes. " },
      "\n\n## What the work involves\n\n\nReviewing medical notes   \nand assigning codes.\n\n\n",
    );
    expect(shownWords(respaced)).toBe(shownWords(role));
    const reordered = { ...role, data: Object.fromEntries(Object.entries(role.data).reverse()) };
    expect(shownWords(reordered)).toBe(shownWords(role));
  });

  it("count an industry's roles list, in its order, and its path patterns", () => {
    const industry: ShownPage = {
      kind: "industries",
      data: {
        name: "Health",
        slug: "health",
        summary: "Health data.",
        pathPatterns: [{ from: "Customer service", to: "clinical-coder", description: "Service roles teach care." }],
        roles: ["clinical-coder", "data-analyst"],
      },
      body: "Growing.",
    };
    const other = (data: object) => shownWords({ ...industry, data: { ...industry.data, ...data } });
    expect(other({ roles: ["data-analyst", "clinical-coder"] })).not.toBe(shownWords(industry));
    expect(other({ roles: ["clinical-coder"] })).not.toBe(shownWords(industry));
    expect(
      other({ pathPatterns: [{ from: "Customer service", to: "clinical-coder", description: "Service roles teach empathy." }] }),
    ).not.toBe(shownWords(industry));
  });
});
