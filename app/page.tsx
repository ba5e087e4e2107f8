import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { RoleList } from "@/components/RoleList";
import { LatestUpdates } from "@/components/UpdatesList";
import { getIndustries, getIndustryRoles } from "@/lib/content";
import { guideUpdates, updateItem } from "@/lib/feeds";
import { linkPreviewMetadata } from "@/lib/link-previews";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";
import { homePath, industryPath, updatesFeedPath, updatesPath } from "@/lib/urls";

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

export default function HomePage() {
  const industries = getIndustries().map((industry) => ({ industry, roles: getIndustryRoles(industry) }));
  const latest = guideUpdates().slice(0, LATEST_UPDATES).map(updateItem);
  return (
    <>
      <PageHeading
        title="Explore careers"
        lead="This guide explains what each role involves, where you could work, the skills and qualifications it asks for, and how people get into it. Choose an industry or go straight to a role."
      />

      <section aria-labelledby="industries-heading" className="home-section">
        <h2 id="industries-heading">Industries</h2>
        <ul className="card-list" role="list">
          {industries.map(({ industry, roles }) => (
            <li key={industry.slug} className="card card--feature">
              <h3 className="card__title">
                <Link href={industryPath(industry.slug)}>{industry.name}</Link>
              </h3>
              <p className="card__summary">{industry.summary}</p>
              <p className="card__meta">
                {roles.length} {roles.length === 1 ? "role" : "roles"} and {industry.pathPatterns.length} career path{" "}
                {industry.pathPatterns.length === 1 ? "pattern" : "patterns"}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles-heading" className="home-section">
        <h2 id="roles-heading">All roles</h2>
        {industries.map(({ industry, roles }) => (
          <div key={industry.slug}>
            <p className="caption">{industry.name}</p>
            <RoleList roles={roles} />
          </div>
        ))}
      </section>

      <section aria-labelledby="updates-heading" className="home-section">
        <h2 id="updates-heading">Latest updates</h2>
        <LatestUpdates updates={latest} />
        <p>
          <Link href={updatesPath()}>See all updates to the guide</Link>
        </p>
      </section>
    </>
  );
}
