/**
 * Laying roles out side by side, section by section. Everything shown comes from the roles' content; a role with
 * nothing for a section is marked so, never filled in.
 */
import { roleProfile, ROLE_SECTIONS, type FactList, type PathPattern, type Role } from "../content";

/** What a comparison needs to know about each role. */
export interface CompareInput {
  role: Role;
  industryName: string;
  /** The industry's path patterns that lead to this role. */
  pathsIn: PathPattern[];
}

export interface ComparedRole {
  slug: string;
  title: string;
  summary: string;
  industryName: string;
}

/** One role's part of one section: what its content holds, or an explicit "nothing recorded". */
export type CompareCell =
  | {
      slug: string;
      title: string;
      recorded: true;
      /** Sanitized HTML of the section's prose, if the role has any. */
      html?: string;
      lists: FactList[];
      /** Only in the "How people get into this role" row. */
      paths: PathPattern[];
    }
  | { slug: string; title: string; recorded: false };

export interface CompareRow {
  id: string;
  heading: string;
  /** One per compared role, in the comparison's order. */
  cells: CompareCell[];
}

export interface Comparison {
  roles: ComparedRole[];
  rows: CompareRow[];
}

export const PATHS_IN_ROW = { id: "paths-in", heading: "How people get into this role" } as const;

/**
 * Lays roles out section by section, in the role page's order. A section that none of the roles has is left
 * out; "How people get into this role" is always there, as it is on every role page.
 */
export function compareRoles(inputs: readonly CompareInput[]): Comparison {
  const profiles = inputs.map(({ role }) => roleProfile(role));
  const sectionRows: CompareRow[] = ROLE_SECTIONS.map(({ id, heading }) => ({
    id,
    heading,
    cells: inputs.map(({ role }, index): CompareCell => {
      const section = profiles[index]!.find((each) => each.id === id);
      return section
        ? { slug: role.slug, title: role.title, recorded: true, html: section.html, lists: section.lists, paths: [] }
        : { slug: role.slug, title: role.title, recorded: false };
    }),
  })).filter((row) => row.cells.some((cell) => cell.recorded));

  const pathsRow: CompareRow = {
    ...PATHS_IN_ROW,
    cells: inputs.map(({ role, pathsIn }): CompareCell =>
      pathsIn.length > 0
        ? { slug: role.slug, title: role.title, recorded: true, lists: [], paths: pathsIn }
        : { slug: role.slug, title: role.title, recorded: false },
    ),
  };

  return {
    roles: inputs.map(({ role, industryName }) => ({
      slug: role.slug,
      title: role.title,
      summary: role.summary,
      industryName,
    })),
    rows: [...sectionRows, pathsRow],
  };
}
