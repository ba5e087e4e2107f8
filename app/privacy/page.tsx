import type { Metadata } from "next";
import { PrivacyNotice } from "@/components/site";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { FIELDS, PROBLEM_LABELS } from "@/lib/feedback";
import { linkPreviewMetadata } from "@/lib/sharing";
import { retentionDaysFromEnv } from "@/lib/site";
import { SITE_NAME, homePath, privacyPath } from "@/lib/shared";

/* The privacy notice for readers' feedback and searches that find nothing (components/site/PrivacyNotice.tsx), in plain English. */

const TITLE = "Privacy notice: feedback on this guide";
const DESCRIPTION = `What ${SITE_NAME} stores when you send feedback on a page or a search finds nothing, what it removes, how long it keeps it and who can read it.`;

export const metadata: Metadata = {
  title: "Privacy notice",
  description: DESCRIPTION,
  alternates: { canonical: privacyPath() },
  ...linkPreviewMetadata({ title: TITLE, description: DESCRIPTION, path: privacyPath() }),
};

export default function PrivacyNoticePage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: "Privacy notice" }]} />
      <PageHeading
        title={TITLE}
        lead={`This notice explains what happens to your answer when you tell us whether a page of ${SITE_NAME} is useful, or report a problem with a page, and what we keep when a search finds nothing.`}
      />
      <PrivacyNotice
        labels={{ whatDoing: PROBLEM_LABELS[FIELDS.whatDoing], whatWrong: PROBLEM_LABELS[FIELDS.whatWrong] }}
        // Read while the page is prerendered, at build time, as SITE_URL is.
        retentionDays={retentionDaysFromEnv()}
      />
    </>
  );
}
