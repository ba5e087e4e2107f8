// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import type { Route } from "next";
import { afterEach, describe, expect, it } from "vitest";
import { Pagination } from "@/components/browse/Pagination";

afterEach(cleanup);

/*
 * One pagination for every list in pages: the A to Z and an industry's roles (with "Page N of M"), search results
 * and the compare chooser's lists.
 */
describe("Pagination", () => {
  const search = (page: number) => (page > 1 ? `/search?q=data&page=${page}` : "/search?q=data") as Route;
  const letter = (n: number) => `/roles/a-z/r${n > 1 ? `/${n}` : ""}` as Route;

  it("is a labelled navigation with Previous and Next (rel prev and next) and the page numbers, current marked", () => {
    render(<Pagination label="Search results pages" page={5} pageCount={51} href={search} />);
    const nav = screen.getByRole("navigation", { name: "Search results pages" });
    const previous = within(nav).getByRole("link", { name: "Previous page" });
    expect([previous.getAttribute("href"), previous.getAttribute("rel")]).toEqual(["/search?q=data&page=4", "prev"]);
    const next = within(nav).getByRole("link", { name: "Next page" });
    expect([next.getAttribute("href"), next.getAttribute("rel")]).toEqual(["/search?q=data&page=6", "next"]);
    const numbers = within(nav).getAllByRole("link", { name: /^Page \d+$/ });
    expect(numbers.map((link) => link.textContent)).toEqual(["1", "4", "5", "6", "51"]);
    expect(numbers[0]!.getAttribute("href")).toBe("/search?q=data");
    expect(within(nav).getByRole("link", { name: "Page 5" }).getAttribute("aria-current")).toBe("page");
    expect(nav.querySelectorAll("[aria-current]")).toHaveLength(1);
    expect(nav.textContent).toContain("…");
    expect(nav.textContent).not.toContain("Page 5 of 51");
  });

  it("has no Previous on the first page and no Next on the last", () => {
    render(<Pagination page={1} pageCount={3} href={letter} />);
    expect(screen.queryByRole("link", { name: "Previous page" })).toBeNull();
    expect(screen.getByRole("link", { name: "Next page" }).getAttribute("href")).toBe("/roles/a-z/r/2");
    cleanup();
    render(<Pagination page={3} pageCount={3} href={letter} />);
    expect(screen.queryByRole("link", { name: "Next page" })).toBeNull();
    expect(screen.getByRole("link", { name: "Previous page" }).getAttribute("href")).toBe("/roles/a-z/r/2");
  });

  it("is called Pages unless given a name, and says Page N of M when asked", () => {
    render(<Pagination page={2} pageCount={3} href={letter} status />);
    const nav = screen.getByRole("navigation", { name: "Pages" });
    expect(within(nav).getByText("Page 2 of 3")).toBeTruthy();
    expect(within(nav).getByRole("link", { current: "page" }).getAttribute("aria-label")).toBe("Page 2");
  });

  it("links the first and last pages and the current page's neighbours", () => {
    render(<Pagination page={10} pageCount={20} href={letter} label="Pages of roles starting with R" />);
    const nav = screen.getByRole("navigation", { name: "Pages of roles starting with R" });
    expect(within(nav).getAllByRole("link", { name: /^Page \d+$/ }).map((link) => link.getAttribute("href"))).toEqual([
      "/roles/a-z/r",
      "/roles/a-z/r/9",
      "/roles/a-z/r/10",
      "/roles/a-z/r/11",
      "/roles/a-z/r/20",
    ]);
  });

  it("is left out for a list of one page", () => {
    const { container } = render(<Pagination page={1} pageCount={1} href={letter} status />);
    expect(container.innerHTML).toBe("");
  });
});
