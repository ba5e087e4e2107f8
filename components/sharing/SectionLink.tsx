import { CopySectionLink } from "./CopySectionLink";
import styles from "./SectionLink.module.css";

/**
 * "Link to this section", placed after a section's heading so advisers can share one part of a page
 * (`/roles/clinical-coder#qualifications`). A plain link to `#id` in the server's HTML; with JavaScript a click
 * copies the full address (CopySectionLink). The hidden words name the section for screen-reader users, who may
 * list the page's links out of context. Hidden in print. `variant="panel"` sits it closer to a panel's h3.
 */
export function SectionLink({ id, heading, variant }: { id: string; heading: string; variant?: "panel" }) {
  return (
    <p className={variant === "panel" ? `${styles.sectionLink} ${styles.panel}` : styles.sectionLink}>
      <CopySectionLink id={id} statusClassName={styles.status}>
        Link to this section<span className="visually-hidden">: {heading}</span>
      </CopySectionLink>
    </p>
  );
}
