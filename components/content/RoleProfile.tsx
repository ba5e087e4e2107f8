import type { ProfileSection } from "@/lib/content";
import { FactLists } from "./FactLists";
import { Prose } from "./Prose";
import { RoleSection } from "./RoleSection";

/**
 * A role's full profile: one `<section>` per heading (its id is the part's address, e.g. `#qualifications`), with a
 * "Link to this section" control, its prose, then its facts as lists.
 */
export function RoleProfile({ sections }: { sections: ProfileSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <RoleSection key={section.id} id={section.id} heading={section.heading}>
          {section.html ? <Prose html={section.html} /> : null}
          <FactLists lists={section.lists} afterProse={Boolean(section.html)} />
        </RoleSection>
      ))}
    </>
  );
}
