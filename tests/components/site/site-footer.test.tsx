// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SiteFooter } from "@/components/site/SiteFooter";

afterEach(cleanup);

function supportLinks() {
  render(<SiteFooter />);
  const footer = screen.getByRole("contentinfo");
  return within(footer).getByRole("navigation", { name: "Support links" });
}

describe("SiteFooter", () => {
  it("links to the accessibility statement from its support links", () => {
    const support = supportLinks();
    expect(within(support).getByRole("link", { name: "Accessibility statement" }).getAttribute("href")).toBe("/accessibility");
  });

  it("links to the privacy notice beside the accessibility statement", () => {
    const support = supportLinks();
    expect(within(support).getByRole("link", { name: "Privacy" }).getAttribute("href")).toBe("/privacy");
    expect(within(support).getAllByRole("link").map((link) => link.textContent)).toEqual(["Accessibility statement", "Privacy", "Glossary"]);
  });

  it("links to the glossary after them", () => {
    expect(within(supportLinks()).getByRole("link", { name: "Glossary" }).getAttribute("href")).toBe("/glossary");
  });
});
