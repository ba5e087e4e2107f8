import { CopySectionLink } from "./CopySectionLink";

/**
 * "Link to this section", placed after a section's heading so advisers can share one part of a page
 * (`/roles/clinical-coder#qualifications`). A plain link to `#id` in the server's HTML; with JavaScript a click
 * copies the full address (CopySectionLink). The hidden words name the section for screen-reader users, who may
 * list the page's links out of context. Hidden in print.
 */
export function SectionLink({ id, heading }: { id: string; heading: string }) {
  return (
    <p className="section-link">
      <CopySectionLink id={id}>
        Link to this section<span className="visually-hidden">: {heading}</span>
      </CopySectionLink>
    </p>
  );
}
