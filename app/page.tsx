import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { RoleList } from "@/components/RoleList";
import { getIndustries, getIndustryRoles } from "@/lib/content";
import { linkPreviewMetadata } from "@/lib/link-previews";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";
import { homePath, industryPath } from "@/lib/urls";

const TITLE = `${SITE_NAME}: explore careers by industry and role`;

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: SITE_DESCRIPTION,
  alternates: { canonical: "/" },
  ...linkPreviewMetadata({ title: TITLE, description: SITE_DESCRIPTION, path: homePath() }),
};

export default function HomePage() {
  const industries = getIndustries().map((industry) => ({ industry, roles: getIndustryRoles(industry) }));
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
    </>
  );
}
