import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/site";
import { CompareChooser } from "@/components/compare";
import { CompareRoleFinder } from "@/components/compare";
import { Comparison } from "@/components/compare";
import { NoticeBanner } from "@/components/site";
import { PageHeading } from "@/components/site";
import { getCompareChoices, getCompareRequest, getRoleFinder, MAX_COMPARE, MIN_COMPARE } from "@/lib/compare";
import { getRole } from "@/lib/content";
import { comparePath, homePath, listInWords, numberInWords } from "@/lib/shared";

/*
 * /compare?roles=a,b: two to four roles side by side. The address is the whole state (no login, nothing
 * stored), so the page is rendered for each request from its search parameters. Whatever they hold, the page
 * answers 200 with either the comparison or a chooser that says what it could not use.
 *
 * The chooser: in a guide of up to FULL_CHOOSER_MAX_ROLES roles, every role as a tick box (CompareChooser). In a
 * bigger one, roles are chosen by industry (`industry=`) or by searching (`find=`), a bounded list at a time, and
 * the chosen roles stay in `roles` (CompareRoleFinder). An address with `industry` or `find` is the chooser's,
 * even when it has roles enough to compare; its "Compare these roles" link is the comparison's own address, and
 * its tick boxes' "Compare" button (`show=comparison`) redirects there (307) once two roles are chosen.
 */

const CHOOSER_TITLE = "Compare roles";
const CHOOSER_LEAD = `See ${numberInWords(MIN_COMPARE)} to ${numberInWords(MAX_COMPARE)} roles side by side, section by section: what the work involves, where you could work, skills, qualifications and how people get into each one.`;
const LEGEND = "Which roles do you want to compare?";

export async function generateMetadata({ searchParams }: PageProps<"/compare">): Promise<Metadata> {
  const { comparison, canonical } = getCompareRequest(await searchParams);
  if (!comparison) {
    return { title: CHOOSER_TITLE, description: CHOOSER_LEAD, alternates: { canonical: comparePath([]) } };
  }
  const titles = comparison.roles.map((role) => role.title);
  return {
    title: `Compare: ${titles.join(", ")}`,
    description: `${listInWords(titles)} side by side, section by section: from what the work involves to how people get into each role.`,
    alternates: { canonical },
  };
}

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const { selection, notices, comparison, chooserParams, choosesByIndustry, redirectTo } = getCompareRequest(await searchParams);
  // A tick-box form's "Compare" button: the comparison, at its own address (without the chooser's parameters).
  if (redirectTo) redirect(redirectTo);
  const breadcrumbs = <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: "Compare roles" }]} />;
  const finder = choosesByIndustry ? getRoleFinder(selection.slugs, chooserParams) : undefined;

  if (!comparison) {
    const chosen = selection.slugs.map((slug) => getRole(slug)?.title ?? slug);
    const needed = MIN_COMPARE - chosen.length;
    return (
      <>
        {breadcrumbs}
        <PageHeading title={CHOOSER_TITLE} lead={CHOOSER_LEAD} />
        <NoticeBanner id="compare-notice" title="Check the roles you chose" messages={[...notices, ...(finder?.notices ?? [])]} />
        {finder ? (
          <CompareRoleFinder finder={finder} />
        ) : (
          <>
            {chosen.length > 0 ? (
              <p>
                You have chosen {listInWords(chosen)}. Choose at least {numberInWords(needed)} more{" "}
                {needed === 1 ? "role" : "roles"} to compare.
              </p>
            ) : null}
            <CompareChooser choices={getCompareChoices()} selected={selection.slugs} legend={LEGEND} legendAsHeading />
          </>
        )}
      </>
    );
  }

  const titles = comparison.roles.map((role) => role.title);
  return (
    <>
      {breadcrumbs}
      <PageHeading title={CHOOSER_TITLE} lead={`${listInWords(titles)}, side by side.`} />
      <NoticeBanner id="compare-notice" title="Notes about this comparison" messages={notices} />
      <Comparison comparison={comparison} />
      <section aria-labelledby="compare-change-heading" className="compare-change">
        <h2 id="compare-change-heading">Compare different roles</h2>
        {finder ? (
          <CompareRoleFinder finder={finder} headingLevel={3} comparing />
        ) : (
          <CompareChooser choices={getCompareChoices()} selected={selection.slugs} legend={LEGEND} />
        )}
      </section>
    </>
  );
}
