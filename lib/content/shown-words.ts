/**
 * The words a page shows readers, as one stable text, which the check (history.ts) compares with the published
 * version's to tell when a page's words changed.
 */

/**
 * Front-matter fields that are not words the page shows: its address, its review dates and its history. Every
 * other field counts, so that a field added to the schemas later counts too.
 */
const NOT_SHOWN = new Set(["slug", "redirectFrom", "lastReviewed", "nextReviewDue", "changes"]);

/** What `shownWords` reads of a page: its kind, its validated front matter and its markdown body. */
export interface ShownPage {
  kind: "industries" | "roles" | "glossary";
  data: object;
  body: string;
}

/**
 * How a page's references to other pages (an industry's `roles` and path patterns' `to`, a role's `industry`)
 * are written in its shown words. By default as they are; the check passes the slug under which a renamed page
 * was published, so that renaming a role (which changes its industry's lists) is not a change of the industry's words.
 */
export interface SlugNames {
  role: (slug: string) => string;
  industry: (slug: string) => string;
}

const AS_WRITTEN: SlugNames = { role: (slug) => slug, industry: (slug) => slug };

/** Text as readers see it: every run of spaces, tabs and line breaks is one space; none at either end. */
const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/** Strings squashed, object keys sorted, undefined left out: the same words always give the same text. */
function canonical(value: unknown): unknown {
  if (typeof value === "string") return squash(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The words a page shows readers from its file, as one stable text: every front-matter field except those in
 * NOT_SHOWN (title or name, summary, every listed fact: workplaces, skills, standards, qualifications,
 * specialisms, an industry's path patterns and roles, ...) and the markdown body. Whitespace does not count
 * (re-wrapping a paragraph, a trailing space or an extra blank line changes nothing), nor does the order of
 * fields in the front matter; the order of items in a list does, and so does markdown (emphasis, a link's address).
 */
export function shownWords(page: ShownPage, names: SlugNames = AS_WRITTEN): string {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(page.data)) {
    if (!NOT_SHOWN.has(key)) fields[key] = value;
  }
  if (page.kind === "industries") {
    if (Array.isArray(fields.roles)) fields.roles = (fields.roles as string[]).map(names.role);
    if (Array.isArray(fields.pathPatterns)) {
      fields.pathPatterns = (fields.pathPatterns as { to: string }[]).map((pattern) => ({ ...pattern, to: names.role(pattern.to) }));
    }
  } else if (page.kind === "roles" && typeof fields.industry === "string") {
    fields.industry = names.industry(fields.industry);
  }
  return JSON.stringify({ fields: canonical(fields), body: squash(page.body) });
}
