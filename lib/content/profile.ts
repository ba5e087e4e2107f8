import type { Role } from "./load";
import { ROLE_SECTIONS, type Qualification, type RoleSectionId, type Standard } from "./schema";

export interface FactList {
  label: string;
  items: string[];
}

export interface ProfileSection {
  id: RoleSectionId;
  heading: string;
  /** Sanitized HTML of the section's prose, if the body has any. */
  html?: string;
  /** The front matter's facts that belong in this section, as labelled lists. */
  lists: FactList[];
}

const qualificationLabel = (q: Qualification) =>
  [q.abbreviation ? `${q.name} (${q.abbreviation})` : q.name, q.kind].filter(Boolean).join(": ");

const standardLabel = (s: Standard) => (s.use ? `${s.name}: ${s.use}` : s.name);

function factLists(role: Role, id: RoleSectionId): FactList[] {
  const lists: Record<RoleSectionId, FactList[]> = {
    work: [],
    workplaces: [{ label: "Employers and settings", items: role.workplaces }],
    skills: [
      { label: "Skills", items: role.skills },
      { label: "Codes, standards and systems", items: role.standards.map(standardLabel) },
    ],
    qualifications: [{ label: "Named qualifications", items: role.qualifications.map(qualificationLabel) }],
    specialisms: [{ label: "Areas of specialism", items: role.specialisms }],
    impact: [],
    outlook: [],
  };
  return lists[id].filter((list) => list.items.length > 0);
}

/** A role's profile as the page shows it: the sections that have prose or facts, in page order. */
export function roleProfile(role: Role): ProfileSection[] {
  return ROLE_SECTIONS.map(({ id, heading }) => ({
    id,
    heading,
    html: role.sections.find((section) => section.id === id)?.html,
    lists: factLists(role, id),
  })).filter((section) => section.html || section.lists.length > 0);
}
