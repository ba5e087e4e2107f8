import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink, Breadcrumbs, Contents, PageHeading } from "@/components/shared";
import { CompareLinks, NO_PATHS_IN } from "@/components/compare";
import { FeedbackForms } from "@/components/feedback";
import { JsonLd, PrintPageUrl } from "@/components/sharing";
import { PageHistory } from "@/components/updates";
import { OtherTitles, PathPatternList, RoleList, ReviewDates, RoleProfile, RoleSection } from "@/components/content";
import { TERMS_ON_PAGE_ID, TermsOnPage } from "@/components/glossary";
import { getContent, getRole, getRoleContext, getRoles, roleProfile } from "@/lib/content";
import { termsOnPage } from "@/lib/glossary";
import { lastUpdated } from "@/lib/updates";
import { linkPreviewMetadata, roleJsonLd } from "@/lib/sharing";
import { absoluteUrl, homePath, industryPath, PAGE_HISTORY_FRAGMENT, roleFeedPath, rolePath } from "@/lib/shared";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoles().map((role) => ({ role: role.slug }));
}

export async function generateMetadata({ params }: PageProps<"/roles/[role]">): Promise<Metadata> {
  const role = getRole((await params).role);
  if (!role) return {};
  const { industry } = getRoleContext(role);
  return {
    title: `${role.title}: role profile (${industry.name})`,
    description: role.summary,
    alternates: {
      canonical: rolePath(role.slug),
      // Feed readers find the page's own feed of change notes here.
      types: { "application/atom+xml": [{ url: roleFeedPath(role.slug), title: `${role.title}: updates` }] },
    },
    ...linkPreviewMetadata({
      title: `${role.title}: role profile (${industry.name})`,
      description: role.summary,
      path: rolePath(role.slug),
      type: "article",
    }),
  };
}

export default async function RolePage({ params }: PageProps<"/roles/[role]">) {
  const role = getRole((await params).role);
  if (!role) notFound();
  const { industry, pathsIn, otherRoles } = getRoleContext(role);
  const sections = roleProfile(role);
  const terms = termsOnPage(role.terms, getContent().glossary);
  const contents = [
    ...sections,
    { id: "paths-in", heading: "How people get into this role" },
    ...(terms.length > 0 ? [{ id: TERMS_ON_PAGE_ID, heading: "Terms on this page" }] : []),
    { id: PAGE_HISTORY_FRAGMENT, heading: "All updates to this page" },
    ...(otherRoles.length > 0 ? [{ id: "compare", heading: "Compare this role" }] : []),
    ...(otherRoles.length > 0 ? [{ id: "other-roles", heading: `Other roles in ${industry.name}` }] : []),
  ];

  return (
    <>
      <JsonLd data={roleJsonLd(role, industry)} />
      <Breadcrumbs
        items={[
          { label: "Home", href: homePath() },
          { label: industry.name, href: industryPath(industry.slug) },
          { label: role.title },
        ]}
      />
      <PrintPageUrl url={absoluteUrl(rolePath(role.slug))} />
      <article>
        <PageHeading caption={industry.name} title={role.title} lead={role.summary} />
        <OtherTitles titles={role.alsoKnownAs} />
        <Contents items={contents} />
        <RoleProfile sections={sections} />

        <RoleSection id="paths-in" heading="How people get into this role">
          {pathsIn.length > 0 ? (
            <PathPatternList patterns={pathsIn} roleTitles={{ [role.slug]: role.title }} />
          ) : (
            <p>
              {NO_PATHS_IN} See{" "}
              <Link href={industryPath(industry.slug)}>the career path patterns for {industry.name}</Link>.
            </p>
          )}
        </RoleSection>
        <TermsOnPage terms={terms} />
        <ReviewDates
          lastUpdated={lastUpdated(role.changes)}
          lastReviewed={role.lastReviewed}
          nextReviewDue={role.nextReviewDue}
        />
        <PageHistory changes={role.changes} feedHref={roleFeedPath(role.slug)} />
      </article>

      <CompareLinks role={role} industry={industry} otherRoles={otherRoles} />

      {otherRoles.length > 0 ? (
        <RoleSection id="other-roles" heading={`Other roles in ${industry.name}`} printed={false}>
          <RoleList roles={otherRoles} />
        </RoleSection>
      ) : null}

      <BackLink href={industryPath(industry.slug)}>Back to {industry.name}</BackLink>

      <FeedbackForms path={rolePath(role.slug)} />
    </>
  );
}
