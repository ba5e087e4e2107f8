import type { Metadata } from "next";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { FollowUpdates, UpdatesByDay } from "@/components/updates";
import { guideUpdates, updateItem } from "@/lib/updates";
import { linkPreviewMetadata } from "@/lib/sharing";
import { SITE_NAME, homePath, updatesFeedPath, updatesPath } from "@/lib/shared";

const TITLE = "Updates to the guide";
const DESCRIPTION = `Every change to ${SITE_NAME}'s role and industry pages, newest first, with a feed to follow them.`;

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: {
    canonical: updatesPath(),
    types: { "application/atom+xml": [{ url: updatesFeedPath(), title: `${SITE_NAME}: all updates` }] },
  },
  ...linkPreviewMetadata({ title: TITLE, description: DESCRIPTION, path: updatesPath() }),
};

/** /updates: every change note in the guide, newest first, each linking to its page; prerendered. */
export default function UpdatesPage() {
  const updates = guideUpdates().map(updateItem);
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: TITLE }]} />
      <PageHeading
        title={TITLE}
        lead="What has changed on the guide's role and industry pages, newest first. Each page also lists its own updates at its end."
      />
      <FollowUpdates />
      <UpdatesByDay updates={updates} />
    </>
  );
}
