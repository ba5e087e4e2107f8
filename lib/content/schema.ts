import { z } from "zod";

/**
 * The zod schemas below are the single source of truth for the shape of every content file's front matter
 * and for its TypeScript type. Objects are strict: an unknown field (often a typo) is an error, never ignored.
 */

const NON_EMPTY = "expected a non-empty string";

/** A required, non-empty, trimmed line of text. */
const text = z
  .string({ error: NON_EMPTY })
  .trim()
  .min(1, { error: NON_EMPTY });

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string({ error: "expected a slug: lowercase words joined by hyphens, for example clinical-coder" })
  .regex(SLUG_PATTERN, {
    error: "expected a slug: lowercase words joined by hyphens, for example clinical-coder",
  });

const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: "expected a list (one '- item' per line)" }).default([]);

export const DATE_MESSAGE = "expected a date in the form YYYY-MM-DD, for example 2026-11-25";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A calendar day. YAML turns an unquoted 2026-11-25 into a Date and a quoted one into a string; both are
 * accepted and come out as the string "2026-11-25". Impossible days such as 2026-02-30 are rejected.
 */
export const dateSchema = z.union([z.date(), z.string()], { error: DATE_MESSAGE }).transform((value, context) => {
  const day = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : isoDay(value)) : value.trim();
  const parsed = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(parsed.getTime()) || isoDay(parsed) !== day) {
    context.addIssue({ code: "custom", message: DATE_MESSAGE });
    return z.NEVER;
  }
  return day;
});

/** The NHS website's convention: every page says when it was last reviewed and when it is next due. */
const review = {
  /** When the page's facts were last checked against their sources. */
  lastReviewed: dateSchema,
  /** When they must be checked again. */
  nextReviewDue: dateSchema,
};

export const NOTE_MESSAGE = "expected a note for readers: one or two sentences saying what changed";

/** One public change note: what changed on the page, for readers, and when (GOV.UK's "change note"). */
export const changeSchema = z.strictObject(
  {
    /** The day the change was made, "YYYY-MM-DD": never in the future, never before the page was first published. */
    date: dateSchema,
    /** One or two sentences for readers, e.g. "Added the routes into clinical coding." */
    note: z.string({ error: NOTE_MESSAGE }).trim().min(1, { error: NOTE_MESSAGE }),
  },
  { error: "expected a change note: a line \"- date: YYYY-MM-DD\", then a line \"note: ...\" under it" },
);

/**
 * The page's public history, newest first: every change of the words the page shows gets a note here (or is
 * marked as a minor change: CONTRIBUTING.md). A new page starts with one entry, "First published."
 */
const changes = z
  .array(changeSchema, { error: "expected a list of changes, each with a date and a note" })
  .min(1, { error: "expected at least one change note: a new page starts with its date and \"First published.\"" })
  .meta({
    description:
      "The page's public history, newest first: a date (YYYY-MM-DD) and a note for readers for every change of its words. A typo fix can be marked minorChange: true instead (CONTRIBUTING.md, \"Saying what changed\").",
  });

/**
 * GOV.UK's "minor change" tick: `minorChange: true` says that the words changed only to fix a typo (or spacing,
 * punctuation, formatting), so readers need no change note. `npm run urls:record` records the change and deletes
 * the line; the check refuses the mark when nothing changed.
 */
const minorChange = z
  .literal(true, { error: "expected true: write minorChange: true for a typo-only change, or delete the line" })
  .optional()
  .meta({
    description:
      "true: this change only fixes a typo, so it needs no change note. npm run urls:record records it and deletes the line.",
  });

/** Old slugs of a page that was renamed; their URLs redirect permanently to the page. */
const redirectFrom = list(slug);

export const pathPatternSchema = z.strictObject({
  /** The background people come from, for example "Customer service / contact centre". */
  from: text,
  /** The slug of the role the pattern leads to. */
  to: slug,
  /** Why this background leads to the role. */
  description: text,
});

export const industrySchema = z.strictObject({
  name: text,
  slug,
  /** One line under the industry's name. */
  summary: text,
  /** Backgrounds that lead into the industry's roles. */
  pathPatterns: list(pathPatternSchema),
  /** The industry's roles, by slug, in the order the industry page lists them. */
  roles: z
    .array(slug, { error: "expected a list of role slugs" })
    .min(1, { error: "expected at least one role slug" }),
  ...review,
  changes,
  minorChange,
  redirectFrom,
});

export const standardSchema = z.strictObject({
  name: text,
  /** What it is used for, for example "diagnoses". */
  use: text.optional(),
});

export const qualificationSchema = z.strictObject({
  name: text,
  abbreviation: text.optional(),
  /** What kind of qualification it is, for example "accreditation". */
  kind: text.optional(),
});

export const roleSchema = z.strictObject({
  title: text,
  slug,
  /** The slug of the industry that lists this role. */
  industry: slug,
  /** One or two sentences, shown under the title and on the industry page. */
  summary: text.max(320, { error: "expected at most 320 characters: keep the summary to one or two sentences" }),
  /** Employers and settings named for the role. */
  workplaces: list(text),
  /** Skills and knowledge the role requires. */
  skills: list(text),
  /** Codes, classifications, systems and regulations a person in the role works with. */
  standards: list(standardSchema),
  /** Named qualifications and accreditations. */
  qualifications: list(qualificationSchema),
  /** Areas the role may specialise in. */
  specialisms: list(text),
  ...review,
  changes,
  minorChange,
  redirectFrom,
});

export type PathPattern = z.output<typeof pathPatternSchema>;
export type IndustryFrontMatter = z.output<typeof industrySchema>;
export type RoleFrontMatter = z.output<typeof roleSchema>;
export type Standard = z.output<typeof standardSchema>;
export type Qualification = z.output<typeof qualificationSchema>;
export type Change = z.output<typeof changeSchema>;

/**
 * The sections of a role page, in page order. A role's markdown body uses these headings (as `## Heading`);
 * the page shows a section only where the body or the front matter has something for it.
 */
export const ROLE_SECTIONS = [
  { id: "work", heading: "What the work involves" },
  { id: "workplaces", heading: "Where you could work" },
  { id: "skills", heading: "Skills and knowledge" },
  { id: "qualifications", heading: "Qualifications and routes in" },
  { id: "specialisms", heading: "Specialisms" },
  { id: "impact", heading: "Why the work matters" },
  { id: "outlook", heading: "Demand and outlook" },
] as const;

export type RoleSectionId = (typeof ROLE_SECTIONS)[number]["id"];
