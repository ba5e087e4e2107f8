/**
 * The layout of an industry's career-path diagram: backgrounds in a left column, the roles they lead to in a right
 * column, and a line with an arrowhead for each path pattern. Plain numbers only, so the diagram is drawn as SVG
 * on the server and this file can be tested without a browser. All sizes are in the SVG's own units: the picture
 * scales to its container through its viewBox.
 */
import type { PathPattern } from "./schema";

export interface DiagramOptions {
  /** The viewBox's width. */
  width: number;
  fontSize: number;
  lineHeight: number;
  /** The space between the two columns, where the lines run. */
  columnGap: number;
  /** Space between boxes in a column. */
  rowGap: number;
  paddingX: number;
  paddingY: number;
  /** Height of the column headings' band above the boxes. */
  headingHeight: number;
  /** A generous average character width, as a share of the font size, for wrapping background labels. */
  charWidth: number;
  /** The same for role labels, which are bold. */
  boldCharWidth: number;
  /** Space around the boxes, so their outlines are not cut off at the picture's edge. */
  margin: number;
}

export const DEFAULT_DIAGRAM_OPTIONS: DiagramOptions = {
  width: 400,
  fontSize: 16,
  lineHeight: 20,
  columnGap: 56,
  rowGap: 16,
  paddingX: 10,
  paddingY: 10,
  headingHeight: 32,
  charWidth: 0.55,
  boldCharWidth: 0.62,
  margin: 2,
};

export interface DiagramBox {
  key: string;
  label: string;
  /** The label wrapped to fit the box, one entry per line. */
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge {
  /** The background's label. */
  from: string;
  /** The role's slug. */
  to: string;
  /** The line, as an SVG path (a curve from the background's box to the role's box). */
  d: string;
  /** The arrowhead at the role's end, as SVG polygon points. */
  arrow: string;
}

export interface DiagramHeading {
  text: string;
  x: number;
  y: number;
}

export interface PathDiagramLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  paddingY: number;
  headings: [DiagramHeading, DiagramHeading];
  backgrounds: DiagramBox[];
  roles: DiagramBox[];
  /** One per path pattern, in the patterns' order. */
  edges: DiagramEdge[];
}

/**
 * Wraps a label into lines of at most `maxChars` characters, breaking between words. A word longer than a line
 * is split across lines rather than overflowing its box.
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const words = label.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const pieces: string[] = [];
    const chars = Array.from(word);
    for (let i = 0; i < chars.length; i += limit) pieces.push(chars.slice(i, i + limit).join(""));
    for (const piece of pieces) {
      const joined = line ? `${line} ${piece}` : piece;
      if (Array.from(joined).length <= limit) {
        line = joined;
      } else {
        if (line) lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Points spread evenly down a box's side, one per line that meets it. */
const spread = (box: DiagramBox, count: number, index: number) => box.y + (box.height * (index + 1)) / (count + 1);

/** The width of a box: the two columns share what the margins and the gap between them leave. */
const boxWidthOf = (o: DiagramOptions) => (o.width - 2 * o.margin - o.columnGap) / 2;

/** Lays out the diagram for an industry's path patterns. `roleTitles` maps role slugs to titles. */
export function layoutPathDiagram(
  patterns: readonly PathPattern[],
  roleTitles: Readonly<Record<string, string>>,
  options: Partial<DiagramOptions> = {},
): PathDiagramLayout {
  const o = { ...DEFAULT_DIAGRAM_OPTIONS, ...options };
  const boxWidth = boxWidthOf(o);

  // Distinct backgrounds and roles, each in the order it first appears.
  const fromLabels = [...new Set(patterns.map((pattern) => pattern.from))];
  const toSlugs = [...new Set(patterns.map((pattern) => pattern.to))];
  const backgrounds = layoutColumn(
    fromLabels.map((label) => ({ key: label, label })),
    o.margin,
    o.charWidth,
    patterns,
    o,
  );
  const roles = layoutColumn(
    toSlugs.map((slug) => ({ key: slug, label: roleTitles[slug] ?? slug })),
    o.width - o.margin - boxWidth,
    o.boldCharWidth,
    patterns,
    o,
  );
  const tallest = centreColumns([backgrounds, roles], o.headingHeight);

  return {
    width: o.width,
    height: round(o.headingHeight + tallest + o.margin),
    fontSize: o.fontSize,
    lineHeight: o.lineHeight,
    paddingY: o.paddingY,
    headings: [
      { text: "Background", x: round(o.margin + boxWidth / 2), y: o.fontSize + 2 },
      { text: "Role", x: round(o.width - o.margin - boxWidth / 2), y: o.fontSize + 2 },
    ],
    backgrounds: backgrounds.map(roundBox),
    roles: roles.map(roundBox),
    edges: layoutEdges(patterns, backgrounds, roles),
  };
}

/** One column of boxes, top to bottom from below the headings, at `x`; labels wrapped at `charWidth`. */
function layoutColumn(
  items: { key: string; label: string }[],
  x: number,
  charWidth: number,
  patterns: readonly PathPattern[],
  o: DiagramOptions,
): DiagramBox[] {
  const boxWidth = boxWidthOf(o);
  const textWidth = boxWidth - 2 * o.paddingX;
  const degree = (key: string, side: "from" | "to") => patterns.filter((pattern) => pattern[side] === key).length;
  let y = o.headingHeight;
  return items.map(({ key, label }) => {
    const lines = wrapLabel(label, textWidth / (o.fontSize * charWidth));
    const textHeight = lines.length * o.lineHeight + 2 * o.paddingY;
    // A box is tall enough for its text and for every line that meets it to arrive apart from the others.
    const edgesHeight = (Math.max(degree(key, "from"), degree(key, "to")) + 1) * 12;
    const box = { key, label, lines, x, y, width: boxWidth, height: Math.max(textHeight, edgesHeight) };
    y += box.height + o.rowGap;
    return box;
  });
}

/** Centres the shorter column against the taller one (moving its boxes down); returns the taller one's height. */
function centreColumns(columns: DiagramBox[][], headingHeight: number): number {
  const columnHeight = (boxes: DiagramBox[]) =>
    boxes.length === 0 ? 0 : boxes[boxes.length - 1]!.y + boxes[boxes.length - 1]!.height - headingHeight;
  const tallest = Math.max(...columns.map(columnHeight));
  for (const boxes of columns) {
    const shift = (tallest - columnHeight(boxes)) / 2;
    for (const box of boxes) box.y += shift;
  }
  return tallest;
}

const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 6;

/** A line with an arrowhead for each pattern, from its background's box to its role's box. */
function layoutEdges(patterns: readonly PathPattern[], backgrounds: DiagramBox[], roles: DiagramBox[]): DiagramEdge[] {
  const byKey = (boxes: DiagramBox[], key: string) => boxes.find((box) => box.key === key)!;
  const centre = (box: DiagramBox) => box.y + box.height / 2;

  // Where each line leaves its background and reaches its role: ordered by the other end's height so that
  // lines sharing a box do not cross each other there.
  const order = (side: "from" | "to", key: string) =>
    patterns
      .map((pattern, index) => ({ pattern, index }))
      .filter(({ pattern }) => pattern[side] === key)
      .sort((a, b) =>
        side === "from"
          ? centre(byKey(roles, a.pattern.to)) - centre(byKey(roles, b.pattern.to))
          : centre(byKey(backgrounds, a.pattern.from)) - centre(byKey(backgrounds, b.pattern.from)),
      )
      .map(({ index }) => index);

  return patterns.map((pattern, index): DiagramEdge => {
    const source = byKey(backgrounds, pattern.from);
    const target = byKey(roles, pattern.to);
    const leaving = order("from", pattern.from);
    const arriving = order("to", pattern.to);
    const x1 = source.x + source.width;
    const y1 = spread(source, leaving.length, leaving.indexOf(index));
    const x2 = target.x;
    const y2 = spread(target, arriving.length, arriving.indexOf(index));
    const end = x2 - ARROW_LENGTH;
    const bend = (end - x1) / 2;
    return {
      from: pattern.from,
      to: pattern.to,
      d: `M ${round(x1)} ${round(y1)} C ${round(x1 + bend)} ${round(y1)}, ${round(end - bend)} ${round(y2)}, ${round(end)} ${round(y2)}`,
      arrow: `${round(x2)},${round(y2)} ${round(end)},${round(y2 - ARROW_HALF_WIDTH)} ${round(end)},${round(y2 + ARROW_HALF_WIDTH)}`,
    };
  });
}

const roundBox = (box: DiagramBox): DiagramBox => ({
  ...box,
  x: round(box.x),
  y: round(box.y),
  width: round(box.width),
  height: round(box.height),
});

/** The diagram's title and its description in words: one sentence per path pattern. */
export function describePathDiagram(
  industryName: string,
  patterns: readonly PathPattern[],
  roleTitles: Readonly<Record<string, string>>,
): { title: string; description: string } {
  const pairs = patterns.map((pattern) => `${pattern.from} leads to ${roleTitles[pattern.to] ?? pattern.to}.`);
  return {
    title: `Career path patterns in ${industryName}`,
    description: [
      `A diagram of backgrounds on the left with lines to the roles they lead to on the right.`,
      ...pairs,
    ].join(" "),
  };
}
