// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SiteFooter } from "@/components/SiteFooter";

afterEach(cleanup);

describe("SiteFooter", () => {
  it("links to the accessibility statement from its support links", () => {
    render(<SiteFooter />);
    const footer = screen.getByRole("contentinfo");
    const support = within(footer).getByRole("navigation", { name: "Support links" });
    expect(within(support).getByRole("link", { name: "Accessibility statement" }).getAttribute("href")).toBe("/accessibility");
  });
});
