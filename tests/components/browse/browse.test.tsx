// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AllRoles } from "@/components/browse/AllRoles";
import { IndustryCards } from "@/components/content/IndustryCards";
import { LetterNav } from "@/components/browse/LetterNav";
import { RoleIndexList } from "@/components/browse/RoleIndexList";
import { SiteHeader } from "@/components/site/SiteHeader";
import { FULL_LIST_LIMIT, LETTERS, letterByKey } from "@/lib/browse";

afterEach(cleanup);

const hrefs = (links: HTMLElement[]) => links.map((link) => [link.textContent, link.getAttribute("href")]);

describe("SiteHeader", () => {
  it("has the site's name, two links and the search form, whatever the number of industries", () => {
    render(<SiteHeader />);
    const header = screen.getByRole("banner");
    expect(within(header).getByRole("link", { name: "Careers Guide" }).getAttribute("href")).toBe("/");
    const nav = within(header).getByRole("navigation", { name: "Main" });
    expect(hrefs(within(nav).getAllByRole("link"))).toEqual([
      ["Industries", "/industries"],
      ["All roles", "/roles"],
    ]);
    expect(within(header).getAllByRole("link")).toHaveLength(3);
    expect(within(header).getByRole("search")).toBeTruthy();
  });
});

describe("LetterNav", () => {
  const counts = LETTERS.slice(1).map((letter) => ({ letter, count: "CHT".includes(letter.label) ? 2 : 0 }));

  it("shows every letter and links only those with roles, to their pages", () => {
    render(<LetterNav letters={counts} />);
    const nav = screen.getByRole("navigation", { name: "Roles A to Z" });
    expect(within(nav).getAllByRole("listitem").map((item) => item.textContent).join("")).toBe(
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    );
    expect(hrefs(within(nav).getAllByRole("link"))).toEqual([
      ["C", "/roles/a-z/c"],
      ["H", "/roles/a-z/h"],
      ["T", "/roles/a-z/t"],
    ]);
    expect(within(nav).queryByRole("link", { current: "page" })).toBeNull();
  });

  it("marks the letter whose page this is", () => {
    render(<LetterNav letters={counts} current={{ key: "h", firstPage: true }} />);
    expect(screen.getByRole("link", { current: "page" }).textContent).toBe("H");
  });

  it("marks the letter on its later pages too, linking back to its first page", () => {
    render(<LetterNav letters={counts} current={{ key: "h", firstPage: false }} />);
    const letter = screen.getByRole("link", { current: true });
    expect([letter.textContent, letter.getAttribute("href")]).toEqual(["H", "/roles/a-z/h"]);
  });

  it("links 0–9 to /roles/a-z/0-9", () => {
    render(<LetterNav letters={[{ letter: letterByKey("0-9")!, count: 1 }]} />);
    expect(screen.getByRole("link", { name: "0–9" }).getAttribute("href")).toBe("/roles/a-z/0-9");
  });
});

describe("RoleIndexList", () => {
  it("gives each role its title as a link to its page, its industry and its summary", () => {
    render(
      <RoleIndexList
        roles={[
          {
            slug: "clinical-coder",
            title: "Clinical Coder",
            summary: "Codes records.",
            industry: { slug: "healthcare-informatics", name: "Healthcare & Informatics" },
          },
        ]}
      />,
    );
    const item = screen.getByRole("listitem");
    const heading = within(item).getByRole("heading", { level: 2 });
    expect(within(heading).getByRole("link").getAttribute("href")).toBe("/roles/clinical-coder");
    expect(heading.textContent).toBe("Clinical Coder");
    expect(within(item).getByText("Healthcare & Informatics")).toBeTruthy();
    expect(within(item).getByText("Codes records.")).toBeTruthy();
  });
});

describe("IndustryCards", () => {
  const industry = { slug: "health", name: "Health", summary: "Health roles.", roleCount: 4 };
  const roles = (count: number) => Array.from({ length: count }, (_, i) => ({ slug: `role-${i + 1}`, title: `Role ${i + 1}` }));

  it("gives each industry its name as a link, its summary and its number of roles", () => {
    render(<IndustryCards industries={[industry, { ...industry, slug: "one", name: "One", summary: "One role.", roleCount: 1 }]} />);
    expect(screen.getByRole("heading", { level: 2, name: "Health" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Health" }).getAttribute("href")).toBe("/industries/health");
    expect(screen.getByText("Health roles.", { selector: "p" })).toBeTruthy();
    expect(screen.getByText("4 roles")).toBeTruthy();
    expect(screen.getByText("1 role")).toBeTruthy();
  });

  it("lists the roles it is given, with no 'See all' link when they are all there", () => {
    render(<IndustryCards industries={[{ ...industry, patternCount: 2, roles: roles(4) }]} headingLevel={3} />);
    expect(screen.getByText("4 roles and 2 career path patterns")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Role 4" }).getAttribute("href")).toBe("/roles/role-4");
    expect(screen.queryByRole("link", { name: /^See all/ })).toBeNull();
  });

  it("links to all of an industry's roles when it lists only some", () => {
    render(<IndustryCards industries={[{ ...industry, roleCount: 34, roles: roles(5) }]} />);
    expect(screen.getAllByRole("link", { name: /^Role / })).toHaveLength(5);
    expect(screen.getByRole("link", { name: "See all 34 roles in Health" }).getAttribute("href")).toBe(
      "/industries/health#roles",
    );
  });
});

describe("AllRoles", () => {
  const entry = (title: string) => ({
    slug: title.toLowerCase().replace(/ /g, "-"),
    title,
    summary: `${title} summary.`,
    industry: { slug: "health", name: "Health" },
  });
  const aToZ = (perLetter: number) => {
    const letters = LETTERS.map((letter) => ({
      letter,
      items: "CT".includes(letter.label) ? Array.from({ length: perLetter }, (_, i) => entry(`${letter.label}ole ${i + 1}`)) : [],
    }));
    return { total: perLetter * 2, letters };
  };

  it("lists every role under its letter when the guide is small", () => {
    render(<AllRoles aToZ={aToZ(2)} />);
    expect(screen.getByRole("navigation", { name: "Roles A to Z" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual(["C", "T"]);
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(4);
  });

  it("says how many roles each letter has when the guide is big", () => {
    render(<AllRoles aToZ={aToZ(FULL_LIST_LIMIT)} />);
    const region = screen.getByRole("region", { name: "Roles by letter" });
    expect(hrefs(within(region).getAllByRole("link"))).toEqual([
      [`C: ${FULL_LIST_LIMIT} roles`, "/roles/a-z/c"],
      [`T: ${FULL_LIST_LIMIT} roles`, "/roles/a-z/t"],
    ]);
    expect(screen.queryAllByRole("heading", { level: 3 })).toHaveLength(0);
  });
});
