import type { Metadata } from "next";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { ReviewDates } from "@/components/content";
import { GlossaryIndex } from "@/components/glossary";
import { PrintPageUrl } from "@/components/sharing";
import { getContent } from "@/lib/content";
import { glossaryByLetter, glossaryLastUpdated } from "@/lib/glossary";
import { linkPreviewMetadata } from "@/lib/sharing";
import { absoluteUrl, glossaryPath, homePath } from "@/lib/shared";

const TITLE = "Glossary";
const DESCRIPTION = "What the abbreviations and terms on the guide's pages mean, A to Z: NHS, HES, ICD-10, T&S and more.";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: glossaryPath() },
  ...linkPreviewMetadata({ title: TITLE, description: DESCRIPTION, path: glossaryPath() }),
};

/**
 * /glossary: every term of content/glossary/, A to Z, each at its own address (/glossary#hes) for sharing, with
 * the roles whose pages use it; prerendered.
 */
export default function GlossaryPage() {
  const content = getContent();
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: homePath() }, { label: TITLE }]} />
      <PrintPageUrl url={absoluteUrl(glossaryPath())} />
      <PageHeading
        title={TITLE}
        lead="What the abbreviations and terms on the guide's role and industry pages mean, in the words of the guide's sources."
      />
      <GlossaryIndex groups={glossaryByLetter(content)} />
      <ReviewDates lastUpdated={glossaryLastUpdated(content.glossary)} />
    </>
  );
}
