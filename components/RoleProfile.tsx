import type { ProfileSection } from "@/lib/content/profile";
import { FactLists } from "./FactLists";
import { Prose } from "./Prose";

/** A role's full profile: one `<section>` per heading, its prose first, then its facts as lists. */
export function RoleProfile({ sections }: { sections: ProfileSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="profile-section">
          <h2 id={`${section.id}-heading`}>{section.heading}</h2>
          {section.html ? <Prose html={section.html} /> : null}
          <FactLists lists={section.lists} />
        </section>
      ))}
    </>
  );
}
