import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CompareChooser } from "@/components/CompareChooser";
import { Comparison } from "@/components/Comparison";
import { NoticeBanner } from "@/components/NoticeBanner";
import { PageHeading } from "@/components/PageHeading";
import { getCompareChoices, getComparePage, listInWords, MAX_COMPARE, MIN_COMPARE, numberInWords } from "@/lib/compare";
import { getRole } from "@/lib/content";
import { homePath } from "@/lib/urls";

/*
 * /compare?roles=a,b: two to four roles side by side. The address is the whole state (no login, nothing
 * stored), so the page is rendered for each request from its search parameters. Whatever they hold, the page
 * answers 200 with either the comparison or a chooser that says what it could not use.
 */

const CHOOSER_TITLE = "Compare roles";
const CHOOSER_LEAD = `See ${numberInWords(MIN_COMPARE)} to ${numberInWords(MAX_COMPARE)} roles side by side, section by section: what the work involves, where you could work, skills, qualifications and how people get into each one.`;

export async function generateMetadata({ searchParams }: PageProps<"/compare">): Promise<Metadata> {
  const { comparison, canonical } = getComparePage((await searchParams).roles);
  if (!comparison) {
    return { title: CHOOSER_TITLE, description: CHOOSER_LEAD, alternates: { canonical } };
  }
  const titles = comparison.roles.map((role) => role.title);
  return {
    title: `Compare: ${titles.join(", ")}`,
    description: `${listInWords(titles)} side by side, section by section: from what the work involves to how people get into each role.`,
    alternates: { canonical },
  };
}

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const { selection, notices, comparison } = getComparePage((await searchParams).roles);
  const choices = getCompareChoices();
  const breadcrumbs = <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: "Compare roles" }]} />;

  if (!comparison) {
    const chosen = selection.slugs.map((slug) => getRole(slug)?.title ?? slug);
    const needed = MIN_COMPARE - chosen.length;
    return (
      <>
        {breadcrumbs}
        <PageHeading title={CHOOSER_TITLE} lead={CHOOSER_LEAD} />
        <NoticeBanner id="compare-notice" title="Check the roles you chose" messages={notices} />
        {chosen.length > 0 ? (
          <p>
            You have chosen {listInWords(chosen)}. Choose at least {numberInWords(needed)} more{" "}
            {needed === 1 ? "role" : "roles"} to compare.
          </p>
        ) : null}
        <CompareChooser choices={choices} selected={selection.slugs} legend="Which roles do you want to compare?" legendAsHeading />
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
        <CompareChooser choices={choices} selected={selection.slugs} legend="Which roles do you want to compare?" />
      </section>
    </>
  );
}
