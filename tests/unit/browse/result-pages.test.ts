import { formatCount } from "@/lib/shared";
import { describe, expect, it } from "vitest";
import { askedByNumber, firstString, pageCountOf, pageLinkItems, pageOfList, parsePageParam } from "@/lib/browse/result-pages";

describe("reading the page parameter", () => {
  it("is page 1 when the address has no page, or an empty one", () => {
    for (const value of [undefined, null, "", "  ", [], [""], "\u0000", " \u200b "]) {
      expect(parsePageParam(value)).toEqual({ valid: true, page: 1 });
    }
  });

  it("reads a page number written in digits", () => {
    expect(parsePageParam("1")).toEqual({ valid: true, page: 1 });
    expect(parsePageParam("2")).toEqual({ valid: true, page: 2 });
    expect(parsePageParam(" 51 ")).toEqual({ valid: true, page: 51 });
    expect(parsePageParam(["3", "4"])).toEqual({ valid: true, page: 3 });
  });

  it("says what was asked for when it is not a page number", () => {
    for (const value of ["0", "-1", "+2", "1.5", "1e3", "abc", "02", "0x10", "２", "Infinity", "NaN"]) {
      expect(parsePageParam(value), value).toEqual({ valid: false, asked: value });
    }
    expect(parsePageParam("9999999999")).toEqual({ valid: false, asked: "9999999999" });
  });

  it("quotes back a long or odd value shortened and without control characters", () => {
    expect(parsePageParam("x".repeat(500))).toEqual({ valid: false, asked: `${"x".repeat(19)}…` });
    expect(parsePageParam("a\u0000b\u202e")).toEqual({ valid: false, asked: "ab" });
    expect(parsePageParam("<script>")).toEqual({ valid: false, asked: "<script>" });
  });

  it("ignores what is not a string", () => {
    expect(parsePageParam(7)).toEqual({ valid: true, page: 1 });
    expect(parsePageParam({ page: "2" })).toEqual({ valid: true, page: 1 });
  });
});

describe("a page of a list", () => {
  it("counts pages, at least one", () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(20, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
    expect(pageCountOf(1004, 20)).toBe(51);
  });

  it("gives the items a page shows", () => {
    expect(pageOfList(1004, { valid: true, page: 1 }, 20)).toEqual({ found: true, page: 1, pageCount: 51, total: 1004, start: 0, end: 20 });
    expect(pageOfList(1004, { valid: true, page: 2 }, 20)).toMatchObject({ start: 20, end: 40 });
    expect(pageOfList(1004, { valid: true, page: 51 }, 20)).toMatchObject({ start: 1000, end: 1004 });
    expect(pageOfList(3, { valid: true, page: 1 }, 20)).toMatchObject({ pageCount: 1, start: 0, end: 3 });
  });

  it("says when the list has no such page", () => {
    expect(pageOfList(45, { valid: true, page: 4 }, 20)).toEqual({ found: false, asked: "4", pageCount: 3, total: 45 });
    expect(pageOfList(45, { valid: false, asked: "abc" }, 20)).toEqual({ found: false, asked: "abc", pageCount: 3, total: 45 });
    expect(pageOfList(3, { valid: true, page: 2 }, 20)).toMatchObject({ found: false, pageCount: 1 });
  });
});

describe("the page numbers a pagination links to", () => {
  const written = (current: number, count: number) =>
    pageLinkItems(current, count)
      .map((item) => (item.kind === "gap" ? "…" : item.current ? `[${item.page}]` : String(item.page)))
      .join(" ");

  it("shows none for a list of one page", () => {
    expect(pageLinkItems(1, 1)).toEqual([]);
  });

  it("shows every page of a short list", () => {
    expect(written(1, 2)).toBe("[1] 2");
    expect(written(2, 3)).toBe("1 [2] 3");
    expect(written(1, 3)).toBe("[1] 2 3");
    expect(written(3, 5)).toBe("1 2 [3] 4 5");
  });

  it("shows the first, the last, the current page and its neighbours, with gaps for the rest", () => {
    expect(written(1, 51)).toBe("[1] 2 … 51");
    expect(written(2, 51)).toBe("1 [2] 3 … 51");
    expect(written(5, 51)).toBe("1 … 4 [5] 6 … 51");
    expect(written(51, 51)).toBe("1 … 50 [51]");
  });

  it("never leaves a gap for a single page", () => {
    expect(written(4, 51)).toBe("1 2 3 [4] 5 … 51");
    expect(written(48, 51)).toBe("1 … 47 [48] 49 50 51");
    expect(written(1, 4)).toBe("[1] 2 3 4");
    expect(written(1, 5)).toBe("[1] 2 … 5");
  });
});

it("writes counts with thousands separated", () => {
  expect(formatCount(4)).toBe("4");
  expect(formatCount(1004)).toBe("1,004");
});

it("reads the first string of a search parameter, whatever Next gives", () => {
  expect(firstString("data")).toBe("data");
  expect(firstString(["data", "coder"])).toBe("data");
  expect(firstString([undefined, "coder"])).toBe("coder");
  expect(firstString(undefined)).toBeUndefined();
  expect(firstString(3)).toBeUndefined();
});

it("tells a missing page asked for by number from one asked for otherwise", () => {
  expect(askedByNumber({ found: false, asked: "999", pageCount: 3, total: 50 })).toBe(true);
  expect(askedByNumber({ found: false, asked: "abc", pageCount: 3, total: 50 })).toBe(false);
  expect(askedByNumber({ found: false, asked: "-1", pageCount: 3, total: 50 })).toBe(false);
});
