import type { Metadata } from "next";
import { AllRoles } from "@/components/browse";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { FULL_LIST_LIMIT, roleCount, rolesAToZ } from "@/lib/browse";
import { getContent } from "@/lib/content";
import { linkPreviewMetadata } from "@/lib/sharing";
import { SITE_NAME, homePath, rolesIndexPath } from "@/lib/shared";

const TITLE = "All roles A to Z";
const DESCRIPTION = `Every role in ${SITE_NAME}, from A to Z, with its industry and what the work involves.`;

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: rolesIndexPath() },
  ...linkPreviewMetadata({ title: TITLE, description: DESCRIPTION, path: rolesIndexPath() }),
};

/** /roles: the A to Z of every role (components/browse/AllRoles.tsx); prerendered. */
export default function RolesPage() {
  const aToZ = rolesAToZ(getContent());
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: TITLE }]} />
      <PageHeading
        title={TITLE}
        lead={`${roleCount(aToZ.total)} in the guide, by the first letter of their title. ${
          aToZ.total <= FULL_LIST_LIMIT ? "Choose a letter, or read on: they are all below." : "Choose a letter to see its roles."
        }`}
      />
      <AllRoles aToZ={aToZ} />
    </>
  );
}
