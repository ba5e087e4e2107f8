import Link from "next/link";
import { roleCompareLinks } from "@/lib/compare";
import { SectionLink } from "@/components/sharing";

/**
 * A role page's "Compare this role" section: a link to compare the role with each other role of its industry,
 * and one to compare all of the industry's roles when there are three or more.
 */
export function CompareLinks({
  role,
  industry,
  otherRoles,
}: {
  role: { slug: string; title: string };
  industry: { name: string; roles: readonly string[] };
  otherRoles: readonly { slug: string; title: string }[];
}) {
  const links = roleCompareLinks(role, industry, otherRoles);
  if (links.length === 0) return null;
  return (
    <section id="compare" aria-labelledby="compare-heading" className="profile-section compare-links">
      <h2 id="compare-heading">Compare this role</h2>
      <SectionLink id="compare" heading="Compare this role" />
      <p>See {role.title} side by side with other roles, section by section.</p>
      <ul className="compare-links__list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
