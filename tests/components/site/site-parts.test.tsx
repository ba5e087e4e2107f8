// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AccessibilityStatement } from "@/components/site/AccessibilityStatement";
import { BackLink } from "@/components/shared/BackLink";
import { HomeSection } from "@/components/site/HomeSection";
import { PrivacyNotice } from "@/components/site/PrivacyNotice";
import { industryPath } from "@/lib/shared";

afterEach(cleanup);

/** The h2s outside the "On this page" list, as [id, text]. */
const headings = () =>
  screen
    .getAllByRole("heading", { level: 2 })
    .filter((heading) => heading.id !== "contents-heading")
    .map((heading) => [heading.id, heading.textContent]);

describe("BackLink", () => {
  it("links back, named without its arrow", () => {
    render(<BackLink href={industryPath("health")}>Back to Health</BackLink>);
    const link = screen.getByRole("link", { name: "Back to Health" });
    expect(link.getAttribute("href")).toBe("/industries/health");
    expect(link.textContent).toBe("← Back to Health");
  });
});

describe("HomeSection", () => {
  it("is a region named by its h2", () => {
    render(
      <HomeSection id="roles-heading" heading="All roles">
        <p>Words.</p>
      </HomeSection>,
    );
    const region = screen.getByRole("region", { name: "All roles" });
    expect(within(region).getByRole("heading", { level: 2 }).id).toBe("roles-heading");
  });
});

describe("AccessibilityStatement", () => {
  it("has the model statement's parts in order, each linked from 'On this page'", () => {
    render(<AccessibilityStatement />);
    const parts = headings();
    expect(parts.map(([, text]) => text)).toEqual([
      "Using this website",
      "How accessible this website is",
      "Feedback and contact information",
      "Reporting accessibility problems with this website",
      "Enforcement procedure",
      "Technical information about this website’s accessibility",
      "Non-accessible content",
      "What we’re doing to improve accessibility",
      "Preparation of this accessibility statement",
    ]);
    const contents = screen.getByRole("navigation", { name: "On this page" });
    expect(within(contents).getAllByRole("link").map((link) => [link.getAttribute("href")!.slice(1), link.textContent])).toEqual(parts);
  });
});

describe("PrivacyNotice", () => {
  it("names the form's questions, the time answers and searches that find nothing are kept, and says when it last changed", () => {
    const { container } = render(
      <PrivacyNotice labels={{ whatDoing: "What were you doing?", whatWrong: "What went wrong?" }} retentionDays={1} />,
    );
    expect(container.textContent).toContain("what you typed under “What were you doing?” and “What went wrong?”");
    expect(container.textContent).toContain("We keep each answer for 1 day.");
    expect(container.textContent).toContain("We keep the counts for 1 day, then delete them");
    expect(headings()).toHaveLength(7);
    expect(screen.getByTestId("review-dates").textContent).toMatch(/^Page last updated: \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  });
});
