import type { PathPattern } from "@/lib/content";
import { describePathDiagram, layoutPathDiagram, type DiagramBox } from "@/lib/content";
import styles from "./CareerPathDiagram.module.css";

/** A box's label, one `<tspan>` per wrapped line, centred in the box. */
function BoxLabel({ box, lineHeight, fontSize }: { box: DiagramBox; lineHeight: number; fontSize: number }) {
  const top = box.y + (box.height - box.lines.length * lineHeight) / 2;
  // Puts each line's baseline so that the line's capitals and lowercase sit in the middle of its line box.
  const baseline = (line: number) => Math.round((top + line * lineHeight + (lineHeight + fontSize * 0.7) / 2) * 10) / 10;
  const x = Math.round((box.x + box.width / 2) * 10) / 10;
  return (
    <text className={styles.label} x={x} textAnchor="middle">
      {box.lines.map((line, index) => (
        <tspan key={index} x={x} y={baseline(index)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * An industry's path patterns as a picture: backgrounds on the left, lines to the roles they lead to on the
 * right. Drawn as inline SVG on the server, scaled to its container. It is one image to assistive technology,
 * named by its title and description (which says every "background leads to role" in words); the list of
 * patterns beside it stays the full, linked version.
 */
export function CareerPathDiagram({
  id = "career-path-diagram",
  industryName,
  patterns,
  roleTitles,
}: {
  /** Prefix for the ids of the title and description; unique on the page. */
  id?: string;
  industryName: string;
  patterns: PathPattern[];
  /** Role titles by slug. */
  roleTitles: Record<string, string>;
}) {
  if (patterns.length === 0) return null;
  const layout = layoutPathDiagram(patterns, roleTitles);
  const { title, description } = describePathDiagram(industryName, patterns, roleTitles);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <div className={styles.diagram}>
      <svg
        id={id}
        className={styles.svg}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        fontSize={layout.fontSize}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>

        {layout.headings.map((heading) => (
          <text key={heading.text} className={styles.heading} x={heading.x} y={heading.y} textAnchor="middle">
            {heading.text}
          </text>
        ))}

        <g>
          {layout.edges.map((edge, index) => (
            <g key={index} data-from={edge.from} data-to={edge.to}>
              <path className={styles.line} d={edge.d} fill="none" />
              <polygon className={styles.arrow} points={edge.arrow} />
            </g>
          ))}
        </g>

        {layout.backgrounds.map((box) => (
          <g key={box.key} data-node="background">
            <rect className={styles.box} x={box.x} y={box.y} width={box.width} height={box.height} rx={4} />
            <BoxLabel box={box} lineHeight={layout.lineHeight} fontSize={layout.fontSize} />
          </g>
        ))}
        {layout.roles.map((box) => (
          <g key={box.key} className={styles.role} data-node="role">
            <rect className={styles.box} x={box.x} y={box.y} width={box.width} height={box.height} rx={4} />
            <BoxLabel box={box} lineHeight={layout.lineHeight} fontSize={layout.fontSize} />
          </g>
        ))}
      </svg>
    </div>
  );
}
