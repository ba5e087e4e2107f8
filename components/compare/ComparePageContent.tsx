import { Breadcrumbs, NoticeBanner, PageHeading } from "@/components/shared";
import {
  CHOOSER_LEAD,
  CHOOSER_LEGEND,
  COMPARE_TITLE,
  comparisonLead,
  MIN_COMPARE,
  type CompareChooserData,
  type CompareRequest,
  type Comparison as ComparisonData,
} from "@/lib/compare";
import { homePath, listInWords, numberInWords, pluralWord } from "@/lib/shared";
import { CompareChooser } from "./CompareChooser";
import { CompareRoleFinder } from "./CompareRoleFinder";
import { Comparison } from "./Comparison";
import styles from "./ComparePageContent.module.css";

/** Fewer than two roles to compare: what the address could not use, and the chooser. */
function ChooseRoles({ notices, selected, chooser }: { notices: string[]; selected: string[]; chooser: CompareChooserData }) {
  const { finder, choices, chosenTitles } = chooser;
  const needed = MIN_COMPARE - chosenTitles.length;
  return (
    <>
      <PageHeading title={COMPARE_TITLE} lead={CHOOSER_LEAD} />
      <NoticeBanner id="compare-notice" title="Check the roles you chose" messages={[...notices, ...(finder?.notices ?? [])]} />
      {finder ? (
        <CompareRoleFinder finder={finder} />
      ) : (
        <>
          {chosenTitles.length > 0 ? (
            <p>
              You have chosen {listInWords(chosenTitles)}. Choose at least {numberInWords(needed)} more{" "}
              {pluralWord(needed, "role")} to compare.
            </p>
          ) : null}
          <CompareChooser choices={choices} selected={selected} legend={CHOOSER_LEGEND} legendAsHeading />
        </>
      )}
    </>
  );
}

/** The comparison, with notes about the address, and the chooser below it to compare different roles. */
function CompareChosen({
  comparison,
  notices,
  selected,
  chooser,
}: {
  comparison: ComparisonData;
  notices: string[];
  selected: string[];
  chooser: CompareChooserData;
}) {
  return (
    <>
      <PageHeading title={COMPARE_TITLE} lead={comparisonLead(comparison.roles.map((role) => role.title))} />
      <NoticeBanner id="compare-notice" title="Notes about this comparison" messages={notices} />
      <Comparison comparison={comparison} />
      <section aria-labelledby="compare-change-heading" className={styles.change}>
        <h2 id="compare-change-heading">Compare different roles</h2>
        {chooser.finder ? (
          <CompareRoleFinder finder={chooser.finder} headingLevel={3} comparing />
        ) : (
          <CompareChooser choices={chooser.choices} selected={selected} legend={CHOOSER_LEGEND} />
        )}
      </section>
    </>
  );
}

/** What /compare shows for its address: the comparison with a chooser below it, or the chooser alone. */
export function ComparePageContent({ request, chooser }: { request: CompareRequest; chooser: CompareChooserData }) {
  const { comparison, notices, selection } = request;
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: COMPARE_TITLE }]} />
      {comparison ? (
        <CompareChosen comparison={comparison} notices={notices} selected={selection.slugs} chooser={chooser} />
      ) : (
        <ChooseRoles notices={notices} selected={selection.slugs} chooser={chooser} />
      )}
    </>
  );
}
