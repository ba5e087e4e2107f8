import Link from "next/link";
import { roleCompareLinks } from "@/lib/compare";
import { RoleSection } from "@/components/content";
import styles from "./CompareLinks.module.css";

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
    // A part of the role's page like the others, left off the printed handout.
    <RoleSection id="compare" heading="Compare this role" printed={false}>
      <p>See {role.title} side by side with other roles, section by section.</p>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </RoleSection>
  );
}
