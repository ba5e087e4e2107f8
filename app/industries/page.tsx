import type { Metadata } from "next";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { IndustryCards } from "@/components/content";
import { getIndustries, getIndustryRoles } from "@/lib/content";
import { linkPreviewMetadata } from "@/lib/sharing";
import { SITE_NAME, homePath, industriesIndexPath } from "@/lib/shared";

const TITLE = "Industries";
const DESCRIPTION = `Every industry in ${SITE_NAME}, with what it covers and how many roles it has.`;

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: industriesIndexPath() },
  ...linkPreviewMetadata({ title: TITLE, description: DESCRIPTION, path: industriesIndexPath() }),
};

/** /industries: every industry with its summary and number of roles, in the order of the content; prerendered. */
export default function IndustriesPage() {
  const industries = getIndustries().map((industry) => ({
    slug: industry.slug,
    name: industry.name,
    summary: industry.summary,
    roleCount: getIndustryRoles(industry).length,
  }));
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: TITLE }]} />
      <PageHeading
        title={TITLE}
        lead="Each industry's page explains how people get into its roles and lists every one of them."
      />
      <IndustryCards industries={industries} />
    </>
  );
}
