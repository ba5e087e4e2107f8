import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SearchMissTable } from "@/components/admin/SearchMissTable";

/** The inbox's "Searches with no results" table (components/admin/SearchMissTable.tsx). */
describe("SearchMissTable", () => {
  it("says so when nothing was searched without results", () => {
    expect(renderToStaticMarkup(<SearchMissTable list={{ rows: [], more: false }} />)).toContain(
      "No searches without results in the last 30 days.",
    );
  });

  it("lists each query as text with its searches and its first and last day, and says when there are more", () => {
    const html = renderToStaticMarkup(
      <SearchMissTable
        list={{
          rows: [{ query: "<script>alert(1)</script>", recent: 1234, total: 2000, firstSeen: "2026-10-02", lastSeen: "2026-11-29" }],
          more: true,
        }}
      />,
    );
    expect(html).toContain('<th scope="row"');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("1,234");
    expect(html).toContain('<time dateTime="2026-10-02">2 Oct 2026</time>');
    expect(html).toContain('<time dateTime="2026-11-29">29 Nov 2026</time>');
    expect(html).toContain('aria-labelledby="search-misses-heading"');
    expect(html).not.toContain("<a ");
    expect(html).toContain("The 100 most searched are shown; the spreadsheet has them all.");
  });
});
