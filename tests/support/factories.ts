import type { Industry, Role } from "@/lib/content";

/** A valid role for tests that build content by hand; pass only the fields the test is about. */
export const makeRole = (overrides: Partial<Role> & Pick<Role, "slug" | "title">): Role => ({
  industry: "healthcare-informatics",
  summary: `${overrides.title} summary.`,
  file: `content/roles/${overrides.slug}.md`,
  workplaces: [],
  skills: [],
  standards: [],
  qualifications: [],
  specialisms: [],
  alsoKnownAs: [],
  terms: [],
  lastReviewed: "2026-11-25",
  nextReviewDue: "2027-05-25",
  changes: [{ date: "2026-11-25", note: "First published." }],
  redirectFrom: [],
  sections: [],
  ...overrides,
});

/** A valid industry for tests that build content by hand. */
export const makeIndustry = (overrides: Partial<Industry> & Pick<Industry, "slug" | "name">): Industry => ({
  summary: `${overrides.name} summary.`,
  pathPatterns: [],
  roles: [],
  file: `content/industries/${overrides.slug}.md`,
  bigPictureHtml: "<p>The big picture.</p>",
  terms: [],
  lastReviewed: "2026-11-25",
  nextReviewDue: "2027-05-25",
  changes: [{ date: "2026-11-25", note: "First published." }],
  redirectFrom: [],
  ...overrides,
});
