// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BrowseGuide, ExampleSearches, Highlighted, SearchForm, SearchResultList } from "@/components/search";
import type { SearchResult } from "@/lib/search";
import { industryPath, rolePath } from "@/lib/shared";

afterEach(cleanup);

describe("SearchForm", () => {
  it("is a labelled GET form to /search with a box named q and a Search button", () => {
    render(<SearchForm variant="header" />);
    const form = screen.getByRole("search", { name: "Site-wide" });
    expect(form.getAttribute("action")).toBe("/search");
    expect(form.getAttribute("method")).toBe("get");
    const box = within(form).getByRole("searchbox", { name: "Search the guide" });
    expect(box.getAttribute("name")).toBe("q");
    expect(within(form).getByRole("button", { name: "Search" }).getAttribute("type")).toBe("submit");
  });

  it("shows its label on the search page and is filled in with the query", () => {
    render(<SearchForm variant="page" query={'<b>"sql"</b>'} />);
    const form = screen.getByRole("search", { name: "Search the guide" });
    expect(within(form).getByText("Search the guide").className).not.toContain("visually-hidden");
    expect((within(form).getByRole("searchbox") as HTMLInputElement).value).toBe('<b>"sql"</b>');
  });
});

describe("Highlighted", () => {
  it("puts matching words in <mark> and keeps markup in the text as text", () => {
    const { container } = render(
      <p>
        <Highlighted text="<script>SQL</script> and sql" terms={["sql"]} />
      </p>,
    );
    expect([...container.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["SQL", "sql"]);
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toBe("<script>SQL</script> and sql");
  });
});

describe("SearchResultList", () => {
  const results: SearchResult[] = [
    {
      kind: "role",
      slug: "healthcare-data-analyst",
      url: rolePath("healthcare-data-analyst"),
      title: "Healthcare Data Analyst",
      industry: "Healthcare & Informatics",
      snippet: "… Analysts who combine SQL proficiency …",
      terms: ["sql"],
      score: 2,
    },
    {
      kind: "industry",
      slug: "healthcare-informatics",
      url: industryPath("healthcare-informatics"),
      title: "Healthcare & Informatics",
      snippet: "Health data, clinical coding …",
      terms: ["data"],
      score: 1,
    },
  ];

  it("lists results in order, each with a linked title, what it is and a highlighted snippet", () => {
    render(<SearchResultList results={results} />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole("link", { name: "Healthcare Data Analyst" }).getAttribute("href")).toBe(
      "/roles/healthcare-data-analyst",
    );
    expect(within(items[0]!).getByText("Role in Healthcare & Informatics")).toBeTruthy();
    expect(items[0]!.querySelector("mark")?.textContent).toBe("SQL");
    expect(within(items[1]!).getByText("Industry")).toBeTruthy();
    expect(items[1]!.querySelector("mark")?.textContent).toBe("data");
  });

  it("counts the results in a list whose numbering runs on from page to page", () => {
    const { container } = render(<SearchResultList results={results} start={21} />);
    expect(container.querySelector("ol")?.getAttribute("start")).toBe("21");
    cleanup();
    const first = render(<SearchResultList results={results} />);
    expect(first.container.querySelector("ol")?.hasAttribute("start")).toBe(false);
  });
});

describe("search suggestions", () => {
  it("links each example to its search, in a sentence", () => {
    const { container } = render(
      <p>
        <ExampleSearches examples={["ICD-10", "Data literacy", "SQL"]} />
      </p>,
    );
    expect(container.textContent).toBe("ICD-10, Data literacy or SQL");
    expect(screen.getByRole("link", { name: "Data literacy" }).getAttribute("href")).toBe("/search?q=Data+literacy");
  });

  it("links every industry and its roles", () => {
    render(
      <BrowseGuide
        industries={[
          {
            name: "Healthcare & Informatics",
            href: industryPath("healthcare-informatics"),
            roleCount: 1,
            roles: [{ title: "Clinical Coder", href: rolePath("clinical-coder") }],
          },
        ]}
      />,
    );
    expect(screen.getByRole("link", { name: "Healthcare & Informatics" }).getAttribute("href")).toBe(
      "/industries/healthcare-informatics",
    );
    expect(screen.getByRole("link", { name: "Clinical Coder" }).getAttribute("href")).toBe("/roles/clinical-coder");
  });

  it("links only the industries, with how many roles each has, when the roles are left out (a big guide)", () => {
    const { container } = render(
      <BrowseGuide
        industries={[
          { name: "Industry 1", href: industryPath("industry-1"), roleCount: 34 },
          { name: "Industry 2", href: industryPath("industry-2"), roleCount: 1 },
        ]}
      />,
    );
    expect(screen.getAllByRole("link").map((link) => link.textContent)).toEqual(["Industry 1", "Industry 2"]);
    expect(container.textContent).toBe("Industry 1 (34 roles)Industry 2 (1 role)");
  });

});
