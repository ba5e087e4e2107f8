import type { ReactNode } from "react";
import { SectionLink } from "@/components/sharing";
import styles from "./RoleSection.module.css";

/**
 * A part of a role's page: a `<section>` under a rule, named by its h2, whose id is the part's address (e.g.
 * `#qualifications`), with a "Link to this section" control after the heading. `printed={false}` leaves the part
 * off the printed handout (parts that only lead elsewhere, such as the other roles).
 */
export function RoleSection({
  id,
  heading,
  printed = true,
  children,
}: {
  id: string;
  heading: string;
  printed?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={printed ? styles.section : `${styles.section} ${styles.notPrinted}`}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      <SectionLink id={id} heading={heading} />
      {children}
    </section>
  );
}
