import { describe, expect, it } from "vitest";
import type { PathPattern } from "@/lib/content";
import { DEFAULT_DIAGRAM_OPTIONS, describePathDiagram, layoutPathDiagram, wrapLabel } from "@/lib/content/path-diagram";

const patterns: PathPattern[] = [
  { from: "Customer service / contact centre", to: "trust-and-safety", description: "Escalation." },
  { from: "Healthcare / social work", to: "trust-and-safety", description: "Safeguarding." },
];
const titles = { "trust-and-safety": "Trust & Safety", "clinical-coder": "Clinical Coder" };

describe("wrapping a label", () => {
  it("keeps a short label on one line", () => {
    expect(wrapLabel("Trust & Safety", 16)).toEqual(["Trust & Safety"]);
  });

  it("breaks between words so that no line is longer than allowed", () => {
    const lines = wrapLabel("Customer service / contact centre", 16);
    expect(lines).toEqual(["Customer service", "/ contact centre"]);
    expect(lines.join(" ")).toBe("Customer service / contact centre");
  });

  it("splits a word longer than a line rather than letting it overflow", () => {
    expect(wrapLabel("Pneumonoultramicroscopic", 10)).toEqual(["Pneumonoul", "tramicrosc", "opic"]);
  });

  it("collapses spaces and gives no lines for an empty label", () => {
    expect(wrapLabel("  a   b  ", 10)).toEqual(["a b"]);
    expect(wrapLabel("   ", 10)).toEqual([]);
  });
});

describe("laying out the diagram", () => {
  const layout = layoutPathDiagram(patterns, titles);

  it("puts each distinct background in the left column and each role it leads to in the right", () => {
    expect(layout.backgrounds.map((box) => box.label)).toEqual([
      "Customer service / contact centre",
      "Healthcare / social work",
    ]);
    expect(layout.roles.map((box) => box.label)).toEqual(["Trust & Safety"]);
    const right = layout.roles[0]!;
    for (const box of layout.backgrounds) expect(box.x + box.width).toBeLessThan(right.x);
  });

  it("draws one line per path pattern, from its background's box to its role's box", () => {
    expect(layout.edges.map(({ from, to }) => ({ from, to }))).toEqual(patterns.map(({ from, to }) => ({ from, to })));
    const [first] = layout.edges;
    const source = layout.backgrounds[0]!;
    const target = layout.roles[0]!;
    const [, x1, y1] = /^M ([\d.]+) ([\d.]+)/.exec(first!.d)!.map(Number);
    expect(x1).toBe(source.x + source.width);
    expect(y1).toBeGreaterThan(source.y);
    expect(y1).toBeLessThan(source.y + source.height);
    // The arrowhead's tip touches the role's box.
    const [tipX, tipY] = first!.arrow.split(" ")[0]!.split(",").map(Number);
    expect(tipX).toBe(target.x);
    expect(tipY).toBeGreaterThan(target.y);
    expect(tipY).toBeLessThan(target.y + target.height);
  });

  it("brings lines that share a role into it at different points", () => {
    const tips = layout.edges.map((edge) => edge.arrow.split(" ")[0]);
    expect(new Set(tips).size).toBe(tips.length);
  });

  it("keeps every box inside the picture, without overlaps in a column", () => {
    for (const column of [layout.backgrounds, layout.roles]) {
      column.forEach((box, index) => {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
        const next = column[index + 1];
        if (next) expect(next.y).toBeGreaterThanOrEqual(box.y + box.height);
      });
    }
  });

  it("makes each box tall enough for its wrapped label", () => {
    const { lineHeight, paddingY } = DEFAULT_DIAGRAM_OPTIONS;
    for (const box of [...layout.backgrounds, ...layout.roles]) {
      expect(box.lines.length).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThanOrEqual(box.lines.length * lineHeight + 2 * paddingY);
    }
  });

  it("wraps long labels to fit the box's width, allowing for the roles' bold text", () => {
    const long = layoutPathDiagram(
      [{ from: "A very long background name that will never fit on one line", to: "long", description: "x" }],
      { long: "A very long role title that will never fit on one line either" },
    );
    const { fontSize, charWidth, boldCharWidth, paddingX } = DEFAULT_DIAGRAM_OPTIONS;
    for (const [box, width] of [
      [long.backgrounds[0]!, charWidth],
      [long.roles[0]!, boldCharWidth],
    ] as const) {
      expect(box.lines.length).toBeGreaterThan(2);
      for (const line of box.lines) expect(line.length * fontSize * width).toBeLessThanOrEqual(box.width - 2 * paddingX);
    }
  });

  it("centres the shorter column against the taller one", () => {
    const role = layout.roles[0]!;
    const top = layout.backgrounds[0]!.y;
    const last = layout.backgrounds.at(-1)!;
    const bottom = last.y + last.height;
    expect(Math.abs(role.y + role.height / 2 - (top + bottom) / 2)).toBeLessThanOrEqual(0.1);
  });

  it("uses the role's slug when it has no title, and draws nothing for no patterns", () => {
    expect(layoutPathDiagram([{ from: "X", to: "unknown-role", description: "y" }], {}).roles[0]!.label).toBe("unknown-role");
    const empty = layoutPathDiagram([], titles);
    expect(empty.backgrounds).toEqual([]);
    expect(empty.roles).toEqual([]);
    expect(empty.edges).toEqual([]);
  });

  it("orders lines leaving one background by their role's height, so they do not cross at the box", () => {
    const fanOut = layoutPathDiagram(
      [
        { from: "Nursing", to: "clinical-coder", description: "a" },
        { from: "Nursing", to: "trust-and-safety", description: "b" },
        { from: "Admin", to: "trust-and-safety", description: "c" },
      ],
      titles,
    );
    const startY = (index: number) => Number(/^M [\d.]+ ([\d.]+)/.exec(fanOut.edges[index]!.d)![1]);
    // Clinical Coder is the upper role box, so its line leaves Nursing above the line to Trust & Safety.
    expect(fanOut.roles.map((box) => box.key)).toEqual(["clinical-coder", "trust-and-safety"]);
    expect(startY(0)).toBeLessThan(startY(1));
  });
});

describe("describing the diagram", () => {
  it("titles it by industry and says every background → role pair in words", () => {
    const { title, description } = describePathDiagram("Healthcare & Informatics", patterns, titles);
    expect(title).toBe("Career path patterns in Healthcare & Informatics");
    expect(description).toContain("Customer service / contact centre leads to Trust & Safety.");
    expect(description).toContain("Healthcare / social work leads to Trust & Safety.");
  });
});
