/**
 * What the checks across files (checks.ts) and the change-note checks (changes.ts) need of a file that read and
 * validated cleanly, and the page address each such file has.
 */
import { glossaryPath, industryPath, rolePath } from "../shared";
import type { BodyLink } from "./markdown";
import type { Change } from "./schema";

export interface CheckedFile {
  kind: "industries" | "roles" | "glossary";
  file: string;
  frontMatter: string;
  links: BodyLink[];
  /** The markdown body, as written. */
  body: string;
  data: {
    slug: string;
    lastReviewed: string;
    nextReviewDue: string;
    changes: Change[];
    redirectFrom: string[];
  } & (
    | { title: string }
    | { name: string }
  );
}

/** The address of the page with this kind and slug. */
export const pathOf = (kind: CheckedFile["kind"], slug: string): string =>
  kind === "roles" ? rolePath(slug) : kind === "glossary" ? glossaryPath(slug) : industryPath(slug);
