import type { Metadata } from "next";
import Link from "next/link";
import { IndustryCards } from "@/components/content";
import { HomeSection } from "@/components/site";
import { PageHeading } from "@/components/shared";
import { SearchForm } from "@/components/search";
import { LatestUpdates } from "@/components/updates";
import { homeRolesPerIndustry } from "@/lib/browse";
import { getIndustries, getIndustryRoles } from "@/lib/content";
import { guideUpdates, updateItem } from "@/lib/updates";
import { linkPreviewMetadata } from "@/lib/sharing";
import { SITE_DESCRIPTION, SITE_NAME, homePath, rolesIndexPath, updatesFeedPath, updatesPath } from "@/lib/shared";

const TITLE = `${SITE_NAME}: explore careers by industry and role`;
/** How many of the newest change notes the home page shows. */
const LATEST_UPDATES = 3;

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: SITE_DESCRIPTION,
  alternates: {
    canonical: "/",
    // Feed readers find the guide's feed of change notes here (and on /updates).
    types: { "application/atom+xml": [{ url: updatesFeedPath(), title: `${SITE_NAME}: all updates` }] },
  },
  ...linkPreviewMetadata({ title: TITLE, description: SITE_DESCRIPTION, path: homePath() }),
};

/** What the guide covers at a glance: its industries and some of their roles, search, the A to Z, the latest updates. */
export default function HomePage() {
  // Each industry's card lists some of its roles, in the order its file gives, and "See all N roles" leads to the
  // rest: the home page stays small whatever the number of roles (the A to Z and the industry pages list them all).
  const perIndustry = homeRolesPerIndustry(getIndustries().length);
  const industries = getIndustries().map((industry) => {
    const roles = getIndustryRoles(industry);
    return {
      slug: industry.slug,
      name: industry.name,
      summary: industry.summary,
      roleCount: roles.length,
      patternCount: industry.pathPatterns.length,
      roles: roles.slice(0, perIndustry).map((role) => ({ slug: role.slug, title: role.title })),
    };
  });
  const latest = guideUpdates().slice(0, LATEST_UPDATES).map(updateItem);
  return (
    <>
      <PageHeading
        title="Explore careers"
        lead="This guide explains what each role involves, where you could work, the skills and qualifications it asks for, and how people get into it. Choose an industry, search, or browse all roles from A to Z."
      />

      <SearchForm variant="page" />

      {/* Before the industries, which may be many: every role is one click from the top of the page. */}
      <HomeSection id="roles-heading" heading="All roles">
        <p>
          <Link href={rolesIndexPath()}>Browse all roles A to Z</Link>
        </p>
      </HomeSection>

      <HomeSection id="industries-heading" heading="Industries">
        <IndustryCards industries={industries} headingLevel={3} />
      </HomeSection>

      <HomeSection id="updates-heading" heading="Latest updates">
        <LatestUpdates updates={latest} />
        <p>
          <Link href={updatesPath()}>See all updates to the guide</Link>
        </p>
      </HomeSection>
    </>
  );
}
