import type { ProfileSection } from "@/lib/content";
import { FactLists } from "./FactLists";
import { Prose } from "./Prose";
import { SectionLink } from "@/components/sharing";

/**
 * A role's full profile: one `<section>` per heading (its id is the part's address, e.g. `#qualifications`), with a
 * "Link to this section" control, its prose, then its facts as lists.
 */
export function RoleProfile({ sections }: { sections: ProfileSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="profile-section">
          <h2 id={`${section.id}-heading`}>{section.heading}</h2>
          <SectionLink id={section.id} heading={section.heading} />
          {section.html ? <Prose html={section.html} /> : null}
          <FactLists lists={section.lists} />
        </section>
      ))}
    </>
  );
}
