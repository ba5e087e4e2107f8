// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Card, CardList } from "@/components/content/Card";
import { FactLists } from "@/components/content/FactLists";
import { IndustryCareerPaths } from "@/components/content/IndustryCareerPaths";
import { RoleSection } from "@/components/content/RoleSection";
import cardStyles from "@/components/content/Card.module.css";
import factStyles from "@/components/content/FactLists.module.css";
import sectionStyles from "@/components/content/RoleSection.module.css";

afterEach(cleanup);

describe("RoleSection", () => {
  it("is a region named by its h2, at its own address, with a link to itself", () => {
    render(
      <RoleSection id="paths-in" heading="How people get into this role">
        <p>Words.</p>
      </RoleSection>,
    );
    const region = screen.getByRole("region", { name: "How people get into this role" });
    expect(region.id).toBe("paths-in");
    expect(within(region).getByRole("heading", { level: 2 }).id).toBe("paths-in-heading");
    expect(within(region).getByRole("link", { name: /^Link to this section/ }).getAttribute("href")).toBe("#paths-in");
    expect(within(region).getByText("Words.")).toBeTruthy();
    expect(region.className).toBe(sectionStyles.section);
  });

  it("can be left off the printed page", () => {
    render(
      <RoleSection id="other-roles" heading="Other roles" printed={false}>
        <p>Words.</p>
      </RoleSection>,
    );
    expect(screen.getByRole("region", { name: "Other roles" }).classList.contains(sectionStyles.notPrinted!)).toBe(true);
  });
});

describe("Card", () => {
  it("gives a card its heading, summary, facts, extra content and action, in that order", () => {
    render(
      <CardList>
        <Card heading="Health" headingLevel={2} summary="Summary." meta="4 roles" action={<a href="/x">Go</a>} accent wide>
          <p>Extra.</p>
        </Card>
      </CardList>,
    );
    const card = screen.getByRole("listitem");
    expect([...card.children].map((child) => child.textContent)).toEqual(["Health", "Summary.", "4 roles", "Extra.", "Go"]);
    expect(within(card).getByRole("heading", { level: 2 }).textContent).toBe("Health");
    expect(card.className.split(" ")).toEqual([cardStyles.card, cardStyles.accent, cardStyles.wide]);
  });

  it("leaves out the facts and the action when it has none", () => {
    render(
      <CardList>
        <Card heading="Clinical Coder" headingLevel={3} summary="Codes records." />
      </CardList>,
    );
    expect([...screen.getByRole("listitem").children].map((child) => child.tagName)).toEqual(["H3", "P"]);
  });
});

describe("FactLists", () => {
  const lists = [
    { label: "Skills", items: ["Accuracy"] },
    { label: "Tools", items: ["ICD-10"] },
  ];

  it("spaces only the first list after the section's prose, and sizes them down when compact", () => {
    const { container } = render(<FactLists lists={lists} afterProse compact />);
    const [first, second] = [...container.children];
    expect(first!.classList.contains(factStyles.afterProse!)).toBe(true);
    expect(second!.classList.contains(factStyles.afterProse!)).toBe(false);
    expect([first, second].every((list) => list!.classList.contains(factStyles.compact!))).toBe(true);
  });
});

describe("IndustryCareerPaths", () => {
  const industry = {
    name: "Healthcare & Informatics",
    bigPictureHtml: "<p>The big picture.</p>",
    pathPatterns: [{ from: "Healthcare / social work", to: "clinical-coder", description: "Medical knowledge." }],
  };
  const roleTitles = { "clinical-coder": "Clinical Coder" };

  it("has the big picture, then the patterns as a diagram and as a list, each part with its own address", () => {
    render(<IndustryCareerPaths industry={industry} roleTitles={roleTitles} />);
    const region = screen.getByRole("region", { name: "Career path patterns" });
    expect(within(region).getAllByRole("heading", { level: 3 }).map((heading) => [heading.textContent, heading.id])).toEqual([
      ["The big picture", "big-picture"],
      ["Common path patterns", "path-patterns"],
    ]);
    expect(within(region).getByText("The big picture.")).toBeTruthy();
    expect(within(region).getByRole("img", { name: /Career path patterns in Healthcare & Informatics/ })).toBeTruthy();
    expect(within(region).getByRole("link", { name: "Clinical Coder" }).getAttribute("href")).toBe("/roles/clinical-coder");
  });

  it("has only the big picture when the industry has no patterns", () => {
    render(<IndustryCareerPaths industry={{ ...industry, pathPatterns: [] }} roleTitles={roleTitles} />);
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual(["The big picture"]);
    expect(screen.queryByRole("img")).toBeNull();
  });
});
