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

export const MINOR_MESSAGE =
  "expected true: write minor: true for a typo, spelling, punctuation or formatting fix, or delete the line";

/**
 * One entry of a page's history (GOV.UK's "change note" or "minor update"): the day of a change and, for readers,
 * a note saying what changed; or `minor: true` for a typo, spelling, punctuation or formatting fix, which readers
 * are not shown (a `note` there is for reviewers only). A minor entry belongs to that one change.
 */
export const changeSchema = z
  .strictObject(
    {
      /** The day the change was made, "YYYY-MM-DD": never in the future, never before the newest published entry. */
      date: dateSchema,
      /** One or two sentences for readers, e.g. "Added the routes into clinical coding." */
      note: z.string({ error: NOTE_MESSAGE }).trim().min(1, { error: NOTE_MESSAGE }).optional(),
      /** A minor update: the words changed only to fix a typo, spelling, punctuation or formatting. */
      minor: z.literal(true, { error: MINOR_MESSAGE }).optional(),
    },
    {
      error:
        'expected an entry: a line "- date: YYYY-MM-DD", then under it a line "note: ..." (or "minor: true" for a typo fix)',
    },
  )
  .superRefine((change, context) => {
    if (!change.minor && change.note === undefined) context.addIssue({ code: "custom", path: ["note"], message: NOTE_MESSAGE });
  })
  // The same rule for editors' tools, which read the JSON Schema: a note, or minor: true.
  .meta({ anyOf: [{ required: ["note"] }, { required: ["minor"] }] });

/**
 * The page's history, newest first: every change of the words the page shows gets a new entry at the top, a note
 * for readers or a minor update (CONTRIBUTING.md, "Saying what changed"). A new page starts with one entry,
 * "First published."
 */
const changes = z
  .array(changeSchema, { error: "expected a list of changes, each with a date and a note" })
  .min(1, { error: "expected at least one change note: a new page starts with its date and \"First published.\"" })
  .meta({
    description:
      "The page's history, newest first: for every change of its words, a new entry at the top with a date (YYYY-MM-DD) and a note for readers, or minor: true for a typo, spelling, punctuation or formatting fix (CONTRIBUTING.md, \"Saying what changed\").",
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

export const SOURCE_MESSAGE = "expected the name of a file in content/sources/, for example 000_4b916873ac9be32e.txt";

export const QUOTE_MESSAGE = "expected the words of the source that state this, copied exactly";

/**
 * Where a fact comes from: a file in content/sources/ and the words in it that state the fact, copied exactly (the
 * check finds them there, whatever their line breaks, spacing or capitals).
 */
const sourced = {
  /** A file in content/sources/. */
  source: z.string({ error: SOURCE_MESSAGE }).trim().regex(/^[\w.-]+$/, { error: SOURCE_MESSAGE }),
  /** The source's own words for the fact. */
  quote: z.string({ error: QUOTE_MESSAGE }).trim().min(1, { error: QUOTE_MESSAGE }),
};

/** Another title a job is known by, as a source names it (NHS Health Careers' "alternative titles"). */
export const otherTitleSchema = z.strictObject({
  title: text,
  ...sourced,
});

export const roleSchema = z.strictObject({
  title: text,
  slug,
  /** The slug of the industry that lists this role. */
  industry: slug,
  /** One or two sentences, shown under the title and on the industry page. */
  summary: text.max(320, { error: "expected at most 320 characters: keep the summary to one or two sentences" }),
  /** Other titles the job is known by, each with its source: shown as "Also known as", searched, in the JSON-LD. */
  alsoKnownAs: list(otherTitleSchema),
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
  redirectFrom,
});

/**
 * One term of the glossary, content/glossary/<slug>.md, where the file's slug is the term's address on the
 * glossary page (/glossary#hes). A definition says no more than its source does.
 */
export const glossaryTermSchema = z.strictObject({
  /** The term as readers meet it written out: "Hospital Episode Statistics", or the code itself: "ICD-10". */
  name: text,
  slug,
  /** Short forms shown with the name and linked on pages: HES, T&S, ICBs. Capitals count: IT is not "it". */
  abbreviations: list(text),
  /** Other ways readers write it, for search only: ICD10, ICD 10, T & S. */
  spellings: list(text),
  /** One or two plain sentences for a job seeker, saying no more than the source does. */
  definition: text.max(400, { error: "expected at most 400 characters: keep the definition to one or two sentences" }),
  ...sourced,
  ...review,
  changes,
  /** Old slugs of the term, whose addresses (/glossary#old) still lead to it. */
  redirectFrom,
});

export type PathPattern = z.output<typeof pathPatternSchema>;
export type IndustryFrontMatter = z.output<typeof industrySchema>;
export type RoleFrontMatter = z.output<typeof roleSchema>;
export type Standard = z.output<typeof standardSchema>;
export type Qualification = z.output<typeof qualificationSchema>;
export type OtherTitle = z.output<typeof otherTitleSchema>;
export type GlossaryTermFrontMatter = z.output<typeof glossaryTermSchema>;
/** An entry of a page's history, as written: a note, or a minor update. */
export type Change = z.output<typeof changeSchema>;
/** An entry readers see: a dated note. Minor updates are never shown. */
export type PublicChange = { date: string; note: string };

/** The entries readers see, newest first: the notes, without the minor updates. */
export function publicChanges(changes: readonly Change[]): PublicChange[] {
  return changes.flatMap((change) => (change.minor || change.note === undefined ? [] : [{ date: change.date, note: change.note }]));
}

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
