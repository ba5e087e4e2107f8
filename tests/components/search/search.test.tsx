// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BrowseGuide, DidYouMean, ExampleSearches, GlossaryInset, Highlighted, SearchForm, SearchPageBody, SearchResultList } from "@/components/search";
import type { SearchGlossaryEntry, SearchResult } from "@/lib/search";
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

const hes: SearchGlossaryEntry = {
  slug: "hes",
  name: "Hospital Episode Statistics",
  abbreviations: ["HES"],
  definition: "A national dataset.",
  url: "/glossary#hes",
};

describe("GlossaryInset", () => {
  it("gives each term's abbreviation, name and definition, and links its entry in the glossary", () => {
    const { container } = render(<GlossaryInset entries={[hes, { ...hes, slug: "sql", name: "SQL", abbreviations: [], url: "/glossary#sql" }]} />);
    const paragraphs = container.querySelectorAll("p");
    expect(paragraphs[0]?.textContent).toBe(
      "HES (Hospital Episode Statistics): A national dataset. More in the glossary about Hospital Episode Statistics",
    );
    expect(paragraphs[1]?.textContent).toMatch(/^SQL: /);
    const link = screen.getByRole("link", { name: "More in the glossary about Hospital Episode Statistics" });
    expect(link.getAttribute("href")).toBe("/glossary#hes");
  });

  it("renders nothing for no entries", () => {
    const { container } = render(<GlossaryInset entries={[]} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("DidYouMean", () => {
  it("links each search to try and each role, in sentences", () => {
    const { container } = render(
      <DidYouMean
        suggestions={{
          terms: ["clinical coder", "SNOMED"],
          roles: [{ title: "Clinical Coder", url: rolePath("clinical-coder"), industry: "Healthcare & Informatics" }],
          glossary: [],
        }}
      />,
    );
    expect(container.querySelector("p")?.textContent).toBe("Did you mean clinical coder or SNOMED?");
    expect(screen.getByRole("link", { name: "clinical coder" }).getAttribute("href")).toBe("/search?q=clinical+coder");
    expect(screen.getByText("A role you may be looking for:")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Clinical Coder" }).getAttribute("href")).toBe("/roles/clinical-coder");
    expect(screen.getByRole("listitem").textContent).toBe("Clinical Coder (Healthcare & Informatics)");
  });
});

describe("SearchPageBody", () => {
  const page = { found: true as const, page: 1, pageCount: 1, total: 0, start: 0, end: 0 };

  it("shows a search that found nothing what it may have meant, in the announced status, and the term's entry", () => {
    render(
      <SearchPageBody
        page={{
          response: {
            query: "snomd",
            terms: ["snomd"],
            total: 0,
            page,
            results: [],
            matchedAllTerms: true,
            suggestions: { terms: ["snomed"], roles: [], glossary: [{ ...hes, slug: "snomed", name: "SNOMED", abbreviations: [], url: "/glossary#snomed" }] },
          },
          examples: [],
          browse: [],
        }}
      />,
    );
    const status = screen.getByRole("status");
    expect(within(status).getByRole("heading", { level: 2 }).textContent).toBe("No results for snomd");
    expect(within(status).getByRole("link", { name: "snomed" }).getAttribute("href")).toBe("/search?q=snomed");
    expect(screen.getByRole("link", { name: "More in the glossary about SNOMED" }).getAttribute("href")).toBe("/glossary#snomed");
  });

  it("shows the glossary's entry above the results", () => {
    const { container } = render(
      <SearchPageBody
        page={{
          response: {
            query: "hes",
            terms: ["hes"],
            total: 1,
            page: { ...page, total: 1, end: 1 },
            results: [{ kind: "role", slug: "clinical-coder", url: rolePath("clinical-coder"), title: "Clinical Coder", snippet: "HES data.", terms: ["hes"], score: 1 }],
            matchedAllTerms: true,
            glossary: [hes],
          },
          examples: [],
        }}
      />,
    );
    const inset = container.querySelector("[data-search-glossary]")!;
    const list = container.querySelector("[data-search-results]")!;
    expect(inset.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(inset.textContent).toContain("HES (Hospital Episode Statistics)");
  });
});
