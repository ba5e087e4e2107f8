// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CompareRoleFinder } from "@/components/compare";
import type { Content } from "@/lib/content";
import { readChooserParams, roleFinder, type FindRoles } from "@/lib/compare";
import { makeIndustry, makeRole } from "../../support/factories";

afterEach(cleanup);

// Two industries: A with 60 roles (two pages), B with two.
const content: Content = {
  glossary: [],
  industries: [
    makeIndustry({ slug: "ind-a", name: "Industry A", roles: Array.from({ length: 60 }, (_, i) => `a-${i + 1}`) }),
    makeIndustry({ slug: "ind-b", name: "Industry B", roles: ["b-1", "b-2"] }),
  ],
  roles: [
    ...Array.from({ length: 60 }, (_, i) => makeRole({ slug: `a-${i + 1}`, title: `A role ${i + 1}`, industry: "ind-a" })),
    makeRole({ slug: "b-1", title: "B role 1", industry: "ind-b" }),
    makeRole({ slug: "b-2", title: "B role 2", industry: "ind-b" }),
  ],
};
const find: FindRoles = (query, limit) => {
  const matches = content.roles.filter((role) => role.title.toLowerCase().includes(query.toLowerCase()));
  return { total: matches.length, roles: matches.slice(0, limit).map((role) => ({ slug: role.slug, title: role.title, industry: "Industry A" })) };
};
const finder = (chosen: string[], params: Record<string, string> = {}) => roleFinder(content, chosen, readChooserParams(params), find);

/** The name=value pairs a GET form sends as it stands (tick boxes as ticked), in order. */
function sent(form: HTMLFormElement): string[] {
  return [...new FormData(form).entries()].map(([name, value]) => `${name}=${String(value)}`);
}

describe("CompareRoleFinder", () => {
  it("with nothing chosen, says so and offers a search and every industry", () => {
    render(<CompareRoleFinder finder={finder([])} />);
    expect(screen.getByRole("heading", { level: 2, name: "Your chosen roles" })).toBeTruthy();
    expect(screen.getByText(/You have not chosen any roles yet/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Compare these roles" })).toBeNull();

    const search = screen.getByRole("search", { name: "Find roles to compare" });
    expect(search.getAttribute("action")).toBe("/compare#compare-find");
    expect(search.getAttribute("method")).toBe("get");
    const box = within(search).getByRole("searchbox", { name: "Role name, skill or qualification" });
    expect(box.getAttribute("name")).toBe("find");
    expect(within(search).getByRole("button", { name: "Find roles" })).toBeTruthy();

    const industries = screen.getByRole("region", { name: "Choose by industry" });
    const links = within(industries).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Industry A", "Industry B"]);
    expect(links[0]!.getAttribute("href")).toBe("/compare?industry=ind-a#compare-industry-roles");
    expect(industries.textContent).toContain("Industry A (60 roles)");
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
  });

  it("lists the chosen roles, each with a Remove link naming it, and Compare once there are two", () => {
    render(<CompareRoleFinder finder={finder(["b-1", "a-2"], { industry: "ind-b" })} />);
    const chosen = screen.getByRole("region", { name: "Your chosen roles" });
    expect(within(chosen).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "B role 1 (Industry B)Remove B role 1",
      "A role 2 (Industry A)Remove A role 2",
    ]);
    expect(within(chosen).getByRole("link", { name: "Remove B role 1" }).getAttribute("href")).toBe(
      "/compare?roles=a-2&industry=ind-b",
    );
    expect(within(chosen).getByRole("link", { name: "Compare these roles" }).getAttribute("href")).toBe("/compare?roles=b-1,a-2");
    // The search keeps the chosen roles.
    expect(sent(screen.getByRole("search", { name: "Find roles to compare" }) as HTMLFormElement)).toEqual([
      "roles=b-1",
      "roles=a-2",
      "find=",
    ]);
  });

  it("asks for one more role when only one is chosen", () => {
    render(<CompareRoleFinder finder={finder(["b-1"])} />);
    expect(screen.getByText("Choose at least one more role to compare.")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Compare these roles" })).toBeNull();
  });

  it("lists an industry's roles to tick in a labelled group, the chosen ticked, and sends the others along", () => {
    render(<CompareRoleFinder finder={finder(["b-1", "a-2"], { industry: "ind-a" })} />);
    expect(screen.getByRole("link", { name: "Industry A" }).getAttribute("aria-current")).toBe("true");
    const group = screen.getByRole("group", { name: "Roles in Industry A" });
    expect(within(group).getAllByRole("checkbox")).toHaveLength(50);
    expect((within(group).getByRole("checkbox", { name: "A role 2" }) as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByRole("checkbox", { name: "A role 1" }) as HTMLInputElement).checked).toBe(false);
    (within(group).getByRole("checkbox", { name: "A role 7" }) as HTMLInputElement).click();
    const form = group.closest("form")!;
    expect(form.getAttribute("action")).toBe("/compare");
    expect(form.getAttribute("method")).toBe("get");
    expect(sent(form)).toEqual(["roles=b-1", "roles=a-2", "roles=a-7", "industry=ind-a"]);
    // "Add ticked roles" sends just that; "Compare" sends show=comparison as well, for the comparison.
    expect(within(form).getByRole("button", { name: "Add ticked roles" }).getAttribute("name")).toBeNull();
    const compare = within(form).getByRole("button", { name: "Compare" });
    expect([compare.getAttribute("type"), compare.getAttribute("name"), compare.getAttribute("value")]).toEqual([
      "submit",
      "show",
      "comparison",
    ]);
    // Fifty a page: the industry's second page is a link away.
    const pages = screen.getByRole("navigation", { name: "Pages of roles in Industry A" });
    expect(within(pages).getByRole("link", { name: "Next page" }).getAttribute("href")).toBe(
      "/compare?roles=b-1,a-2&industry=ind-a&page=2#compare-industry-roles",
    );
  });

  it("lists the roles a search finds, with their industries, and how many it found", () => {
    render(<CompareRoleFinder finder={finder(["b-2"], { find: "A role" })} />);
    const group = screen.getByRole("group", { name: "Roles matching A role" });
    expect(within(group).getAllByRole("checkbox")).toHaveLength(20);
    expect(within(group).getByText("Showing the 20 best matches of 60. Add words to narrow the search.")).toBeTruthy();
    // Each is named by its title alone, its industry a hint.
    expect(within(group).getByRole("checkbox", { name: "A role 1", description: "Industry A" })).toBeTruthy();
    expect(sent(group.closest("form")!)).toEqual(["roles=b-2", "find=A role"]);
    expect((screen.getByRole("searchbox") as HTMLInputElement).value).toBe("A role");
  });

  it("says when a search finds no role", () => {
    render(<CompareRoleFinder finder={finder([], { find: "zzz" })} />);
    expect(screen.getByRole("status").textContent).toBe(
      "No roles match zzz. Check the spelling, try other words, or choose by industry.",
    );
  });

  it("below a comparison, names the compared roles with Remove links and no Compare button", () => {
    render(<CompareRoleFinder finder={finder(["b-1", "a-2"])} headingLevel={3} comparing />);
    expect(screen.getByRole("heading", { level: 3, name: "Roles in this comparison" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Find roles by name" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Remove A role 2" }).getAttribute("href")).toBe("/compare?roles=b-1");
    expect(screen.queryByRole("link", { name: "Compare these roles" })).toBeNull();
  });
});
