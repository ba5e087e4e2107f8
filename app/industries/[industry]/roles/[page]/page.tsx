import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { Pagination } from "@/components/browse";
import { RoleList } from "@/components/content";
import { industryLaterPageParams, pageOf, parseLaterPage, roleCount, titleWithPage } from "@/lib/browse";
import { getIndustries, getIndustry, getIndustryRoles } from "@/lib/content";
import { INDUSTRY_PREVIEW_ALT, linkPreviewMetadata } from "@/lib/sharing";
import { homePath, industryPath, industryRolesPath } from "@/lib/shared";

/**
 * /industries/<industry>/roles/2: the later pages of the roles of an industry with more than 50 (its page lists
 * the first 50); prerendered. /roles/1, a page past the end and other industries' numbers answer 404.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return industryLaterPageParams(getIndustries());
}

async function find(params: PageProps<"/industries/[industry]/roles/[page]">["params"]) {
  const { industry: slug, page } = await params;
  const industry = getIndustry(slug);
  const number = parseLaterPage(page);
  if (!industry || number === undefined) return undefined;
  const shown = pageOf(getIndustryRoles(industry), number);
  return shown ? { industry, shown } : undefined;
}

const headingOf = (name: string) => `Roles in ${name}`;

export async function generateMetadata({ params }: PageProps<"/industries/[industry]/roles/[page]">): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { industry, shown } = found;
  const title = titleWithPage(headingOf(industry.name), shown.page, shown.pageCount);
  const description = `${industry.name} has ${roleCount(shown.total)}. This page shows ${shown.from} to ${shown.to}. ${industry.summary}`;
  const path = industryRolesPath(industry.slug, shown.page);
  // The industry's own preview card (app/industries/[industry]/opengraph-image.tsx).
  const image = { path: industryPath(industry.slug), alt: INDUSTRY_PREVIEW_ALT };
  return {
    title,
    description,
    alternates: { canonical: path },
    ...linkPreviewMetadata({ title, description, path, image }),
  };
}

export default async function IndustryRolesPage({ params }: PageProps<"/industries/[industry]/roles/[page]">) {
  const found = await find(params);
  if (!found) notFound();
  const { industry, shown } = found;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Home", href: homePath() },
          { label: industry.name, href: industryPath(industry.slug) },
          { label: `Roles, page ${shown.page}` },
        ]}
      />
      <PageHeading
        caption={industry.name}
        title={headingOf(industry.name)}
        lead={`${industry.name} has ${roleCount(shown.total)}. This page shows ${shown.from} to ${shown.to}.`}
      />
      <RoleList roles={shown.items} headingLevel={2} />
      <Pagination
        page={shown.page}
        pageCount={shown.pageCount}
        href={(n) => industryRolesPath(industry.slug, n)}
        label={`Pages of roles in ${industry.name}`}
        status
      />
    </>
  );
}
