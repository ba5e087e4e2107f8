// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Breadcrumbs } from "@/components/shared/Breadcrumbs";
import { Contents } from "@/components/shared/Contents";
import { PageHeading } from "@/components/shared/PageHeading";
import { PathPatternList } from "@/components/content/PathPatternList";
import { RoleList } from "@/components/content/RoleList";
import { RoleProfile } from "@/components/content/RoleProfile";

afterEach(cleanup);

describe("RoleList", () => {
  const roles = [
    { slug: "clinical-coder", title: "Clinical Coder", summary: "Codes records." },
    { slug: "trust-and-safety", title: "Trust & Safety", summary: "Protects users." },
  ];

  it("gives each role its heading, summary and a 'View role →' link naming the role", () => {
    render(<RoleList roles={roles} />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole("heading", { level: 3 }).textContent).toBe("Clinical Coder");
    expect(within(items[0]!).getByText("Codes records.")).toBeTruthy();
    const link = screen.getByRole("link", { name: "View role: Trust & Safety" });
    expect(link.getAttribute("href")).toBe("/roles/trust-and-safety");
    expect(link.textContent).toBe("View role →");
  });

  it("can use h2 headings where the list is a page's top level", () => {
    render(<RoleList roles={roles} headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(2);
  });
});

describe("PathPatternList", () => {
  it("shows background → role, the explanation, and links the role", () => {
    render(
      <PathPatternList
        patterns={[{ from: "Healthcare / social work", to: "trust-and-safety", description: "Safeguarding transfers." }]}
        roleTitles={{ "trust-and-safety": "Trust & Safety" }}
      />,
    );
    const item = screen.getByRole("listitem");
    expect(item.textContent).toContain("Healthcare / social work");
    expect(item.textContent).toContain("→");
    expect(screen.getByText("leads to", { exact: false }).className).toBe("visually-hidden");
    expect(screen.getByRole("link", { name: "Trust & Safety" }).getAttribute("href")).toBe("/roles/trust-and-safety");
    expect(screen.getByText("Safeguarding transfers.")).toBeTruthy();
  });
});

describe("Breadcrumbs", () => {
  it("links every crumb but the current page, which is marked aria-current", () => {
    render(<Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Clinical Coder" }]} />);
    const nav = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(within(nav).getAllByRole("link")).toHaveLength(1);
    expect(within(nav).getByText("Clinical Coder").getAttribute("aria-current")).toBe("page");
  });
});

describe("PageHeading", () => {
  it("renders one h1 with its caption and lead", () => {
    render(<PageHeading caption="Industry" title="Healthcare & Informatics" lead="Summary." />);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByText("Industry")).toBeTruthy();
    expect(screen.getByText("Summary.").className).toBe("lead");
  });
});

describe("Contents", () => {
  it("links to each section by its id", () => {
    render(<Contents items={[{ id: "work", heading: "What the work involves" }, { id: "skills", heading: "Skills and knowledge" }]} />);
    expect(screen.getByRole("link", { name: "Skills and knowledge" }).getAttribute("href")).toBe("#skills");
  });

  it("is left out when there is only one section", () => {
    const { container } = render(<Contents items={[{ id: "work", heading: "What the work involves" }]} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("RoleProfile", () => {
  it("renders each section with its id, heading, prose and labelled lists", () => {
    render(
      <RoleProfile
        sections={[
          { id: "work", heading: "What the work involves", html: "<p>Reviews notes.</p>", lists: [] },
          {
            id: "skills",
            heading: "Skills and knowledge",
            lists: [{ label: "Skills", items: ["Attention to detail", "Medical knowledge"] }],
          },
        ]}
      />,
    );
    const work = screen.getByRole("region", { name: "What the work involves" });
    expect(work.id).toBe("work");
    expect(within(work).getByText("Reviews notes.")).toBeTruthy();
    const skills = screen.getByRole("region", { name: "Skills and knowledge" });
    expect(within(skills).getByRole("heading", { level: 3 }).textContent).toBe("Skills");
    expect(within(skills).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Attention to detail",
      "Medical knowledge",
    ]);
  });
});
