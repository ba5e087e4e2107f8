import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { IndustryCareerPaths, ReviewDates, RoleList } from "@/components/content";
import { FeedbackForms } from "@/components/feedback";
import { TermsOnPage } from "@/components/glossary";
import { PageHistory } from "@/components/updates";
import { Pagination } from "@/components/browse";
import { PrintPageUrl, SectionLink } from "@/components/sharing";
import { pageOf, roleCount } from "@/lib/browse";
import { getContent, getIndustries, getIndustry, getIndustryRoles } from "@/lib/content";
import { termsOnPage } from "@/lib/glossary";
import { lastUpdated } from "@/lib/updates";
import { linkPreviewMetadata } from "@/lib/sharing";
import {
  absoluteUrl,
  homePath,
  industryFeedPath,
  industryPath,
  industryRolesPath,
  INDUSTRY_PAGE_FRAGMENTS as PARTS,
} from "@/lib/shared";

export const dynamicParams = false;

export function generateStaticParams() {
  return getIndustries().map((industry) => ({ industry: industry.slug }));
}

export async function generateMetadata({ params }: PageProps<"/industries/[industry]">): Promise<Metadata> {
  const industry = getIndustry((await params).industry);
  if (!industry) return {};
  const title = `${industry.name}: careers and roles`;
  return {
    title,
    description: industry.summary,
    alternates: {
      canonical: industryPath(industry.slug),
      // Feed readers find the page's own feed of change notes here.
      types: { "application/atom+xml": [{ url: industryFeedPath(industry.slug), title: `${industry.name}: updates` }] },
    },
    ...linkPreviewMetadata({ title, description: industry.summary, path: industryPath(industry.slug) }),
  };
}

export default async function IndustryPage({ params }: PageProps<"/industries/[industry]">) {
  const industry = getIndustry((await params).industry);
  if (!industry) notFound();
  const roles = getIndustryRoles(industry);
  const roleTitles = Object.fromEntries(roles.map((role) => [role.slug, role.title]));
  // More than 50 roles are listed 50 a page: the first page here, the others at /industries/<slug>/roles/2 on.
  const shown = pageOf(roles, 1)!;

  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: industry.name }]} />
      <PrintPageUrl url={absoluteUrl(industryPath(industry.slug))} />
      <PageHeading caption="Industry" title={industry.name} lead={industry.summary} />

      <IndustryCareerPaths industry={industry} roleTitles={roleTitles} />

      <section id={PARTS.roles} aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles in this industry</h2>
        <SectionLink id={PARTS.roles} heading="Roles in this industry" />
        {shown.pageCount > 1 ? (
          <p>
            {roleCount(shown.total)}. This page shows {shown.from} to {shown.to}.
          </p>
        ) : null}
        <RoleList roles={shown.items} />
        <Pagination
          page={1}
          pageCount={shown.pageCount}
          href={(n) => industryRolesPath(industry.slug, n)}
          label={`Pages of roles in ${industry.name}`}
          status
        />
      </section>

      <TermsOnPage terms={termsOnPage(industry.terms, getContent().glossary)} />

      <ReviewDates
        lastUpdated={lastUpdated(industry.changes)}
        lastReviewed={industry.lastReviewed}
        nextReviewDue={industry.nextReviewDue}
      />
      <PageHistory changes={industry.changes} feedHref={industryFeedPath(industry.slug)} />

      <FeedbackForms path={industryPath(industry.slug)} />
    </>
  );
}
