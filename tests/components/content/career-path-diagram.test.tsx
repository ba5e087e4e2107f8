// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CareerPathDiagram } from "@/components/content/CareerPathDiagram";
import styles from "@/components/content/CareerPathDiagram.module.css";
import type { PathPattern } from "@/lib/content";

afterEach(cleanup);

const patterns: PathPattern[] = [
  { from: "Customer service / contact centre", to: "trust-and-safety", description: "Escalation." },
  { from: "Healthcare / social work", to: "trust-and-safety", description: "Safeguarding." },
  { from: "Healthcare / social work", to: "clinical-coder", description: "Medical knowledge." },
];
const roleTitles = { "trust-and-safety": "Trust & Safety", "clinical-coder": "Clinical Coder" };

function renderDiagram(props: Partial<Parameters<typeof CareerPathDiagram>[0]> = {}) {
  return render(
    <CareerPathDiagram industryName="Healthcare & Informatics" patterns={patterns} roleTitles={roleTitles} {...props} />,
  );
}

describe("CareerPathDiagram", () => {
  it("is one image named by its title and description", () => {
    renderDiagram();
    const svg = screen.getByRole("img");
    expect(svg.tagName.toLowerCase()).toBe("svg");
    const title = svg.querySelector("title")!;
    const desc = svg.querySelector("desc")!;
    expect(title.textContent).toBe("Career path patterns in Healthcare & Informatics");
    expect(desc.textContent).toContain("Healthcare / social work leads to Clinical Coder.");
    expect(svg.getAttribute("aria-labelledby")).toBe(`${title.id} ${desc.id}`);
    expect(screen.getByRole("img", { name: /Career path patterns in Healthcare & Informatics/ })).toBe(svg);
  });

  it("draws one line per pattern, and one box per distinct background and role", () => {
    const { container } = renderDiagram();
    expect(container.querySelectorAll(`.${styles.line}`)).toHaveLength(patterns.length);
    expect(container.querySelectorAll(`.${styles.arrow}`)).toHaveLength(patterns.length);
    expect(container.querySelectorAll('[data-node="background"]')).toHaveLength(2);
    expect(container.querySelectorAll('[data-node="role"]')).toHaveLength(2);
    const edges = [...container.querySelectorAll("g[data-from]")].map((edge) => [
      edge.getAttribute("data-from"),
      edge.getAttribute("data-to"),
    ]);
    expect(edges).toEqual(patterns.map((pattern) => [pattern.from, pattern.to]));
  });

  it("writes the labels as text, wrapped into lines", () => {
    const { container } = renderDiagram();
    const labels = [...container.querySelectorAll(`.${styles.label}`)].map((text) =>
      [...text.querySelectorAll("tspan")].map((line) => line.textContent).join(" "),
    );
    expect(labels).toEqual(["Customer service / contact centre", "Healthcare / social work", "Trust & Safety", "Clinical Coder"]);
    expect(container.querySelector('[data-node="background"] tspan + tspan')).not.toBeNull();
  });

  it("scales to its container through its viewBox", () => {
    renderDiagram();
    const svg = screen.getByRole("img");
    expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg.getAttribute("width")).toBe("100%");
    expect(svg.hasAttribute("height")).toBe(false);
  });

  it("uses its id for the title and description, so two diagrams on a page do not clash", () => {
    renderDiagram({ id: "one" });
    renderDiagram({ id: "two" });
    const ids = screen.getAllByRole("img").map((svg) => svg.getAttribute("aria-labelledby"));
    expect(ids).toEqual(["one-title one-desc", "two-title two-desc"]);
  });

  it("draws nothing when there are no patterns", () => {
    const { container } = renderDiagram({ patterns: [] });
    expect(container.innerHTML).toBe("");
  });
});
