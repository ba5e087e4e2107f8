import type { Metadata } from "next";
import { AccessibilityStatement } from "@/components/site";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { linkPreviewMetadata } from "@/lib/sharing";
import { SITE_NAME, accessibilityPath, homePath } from "@/lib/shared";

/* The accessibility statement (components/site/AccessibilityStatement.tsx), on the UK public sector model. */

const TITLE = `Accessibility statement for ${SITE_NAME}`;
const DESCRIPTION = `How accessible the ${SITE_NAME} website is, how it was tested, and how to report a problem.`;

export const metadata: Metadata = {
  title: "Accessibility statement",
  description: DESCRIPTION,
  alternates: { canonical: accessibilityPath() },
  ...linkPreviewMetadata({ title: TITLE, description: DESCRIPTION, path: accessibilityPath() }),
};

export default function AccessibilityStatementPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: "Accessibility statement" }]} />
      <PageHeading
        title={TITLE}
        lead={`This accessibility statement applies to every page of the ${SITE_NAME} website, including its search and compare pages.`}
      />
      <AccessibilityStatement />
    </>
  );
}
