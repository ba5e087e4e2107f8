import type { Industry } from "@/lib/content";
import { INDUSTRY_PAGE_FRAGMENTS as PARTS } from "@/lib/shared";
import { SectionLink } from "@/components/sharing";
import { CareerPathDiagram } from "./CareerPathDiagram";
import { PathPatternList } from "./PathPatternList";
import { Prose } from "./Prose";
import styles from "./IndustryCareerPaths.module.css";

/**
 * An industry page's "Career path patterns" panel: the big picture, then, when the industry has any, its path
 * patterns as a diagram and as a list. Each part has its own address and "Link to this section" control.
 */
export function IndustryCareerPaths({
  industry,
  roleTitles,
}: {
  industry: Pick<Industry, "name" | "bigPictureHtml" | "pathPatterns">;
  /** Role titles by slug. */
  roleTitles: Record<string, string>;
}) {
  return (
    <section aria-labelledby="career-paths-heading" className={styles.panel}>
      <h2 id="career-paths-heading">Career path patterns</h2>
      <p className={styles.intro}>How people actually get into these roles</p>

      <h3 id={PARTS.bigPicture}>The big picture</h3>
      <SectionLink id={PARTS.bigPicture} heading="The big picture" variant="panel" />
      <Prose html={industry.bigPictureHtml} />

      {industry.pathPatterns.length > 0 ? (
        <>
          <h3 id={PARTS.pathPatterns}>Common path patterns</h3>
          <SectionLink id={PARTS.pathPatterns} heading="Common path patterns" variant="panel" />
          <CareerPathDiagram industryName={industry.name} patterns={industry.pathPatterns} roleTitles={roleTitles} />
          <PathPatternList patterns={industry.pathPatterns} roleTitles={roleTitles} />
        </>
      ) : null}
    </section>
  );
}
