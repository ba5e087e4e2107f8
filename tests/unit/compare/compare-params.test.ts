import { describe, expect, it } from "vitest";
import { canonicalCompareSlugs, MAX_COMPARE, parseRolesParam, selectRoles } from "@/lib/compare";
import { comparePath } from "@/lib/shared";

const KNOWN = ["trust-and-safety", "healthcare-data-analyst", "clinical-coder", "health-informatics-specialist", "other"];

describe("reading the roles parameter", () => {
  it("reads a comma-separated value", () => {
    expect(parseRolesParam("clinical-coder,healthcare-data-analyst")).toEqual([
      "clinical-coder",
      "healthcare-data-analyst",
    ]);
  });

  it("reads a repeated parameter, as a form of checkboxes sends it, and arrays of comma-separated values", () => {
    expect(parseRolesParam(["clinical-coder", "trust-and-safety"])).toEqual(["clinical-coder", "trust-and-safety"]);
    expect(parseRolesParam(["a,b", "c"])).toEqual(["a", "b", "c"]);
  });

  it("gives nothing for a missing or empty parameter", () => {
    expect(parseRolesParam(undefined)).toEqual([]);
    expect(parseRolesParam(null)).toEqual([]);
    expect(parseRolesParam("")).toEqual([]);
    expect(parseRolesParam([])).toEqual([]);
    expect(parseRolesParam(" , ,, ")).toEqual([]);
  });

  it("trims spaces, lowercases and drops empty entries", () => {
    expect(parseRolesParam("  Clinical-Coder , ,HEALTHCARE-data-analyst,")).toEqual([
      "clinical-coder",
      "healthcare-data-analyst",
    ]);
  });
});

describe("choosing the roles to compare", () => {
  it("keeps known roles in the address's order", () => {
    expect(selectRoles("clinical-coder,trust-and-safety", KNOWN)).toEqual({
      slugs: ["clinical-coder", "trust-and-safety"],
      unknown: [],
      repeated: [],
      overLimit: [],
    });
  });

  it("shows a repeated role once and notes it", () => {
    const selection = selectRoles(["clinical-coder", "clinical-coder,trust-and-safety", "clinical-coder"], KNOWN);
    expect(selection.slugs).toEqual(["clinical-coder", "trust-and-safety"]);
    expect(selection.repeated).toEqual(["clinical-coder"]);
  });

  it("reports unknown slugs once each, in order, and leaves them out", () => {
    const selection = selectRoles("nope,clinical-coder,<script>,nope", KNOWN);
    expect(selection.slugs).toEqual(["clinical-coder"]);
    expect(selection.unknown).toEqual(["nope", "<script>"]);
    expect(selection.repeated).toEqual([]);
  });

  it(`compares at most ${MAX_COMPARE} roles and notes the ones left out`, () => {
    const selection = selectRoles(KNOWN.join(","), KNOWN);
    expect(selection.slugs).toEqual(KNOWN.slice(0, MAX_COMPARE));
    expect(selection.overLimit).toEqual(["other"]);
  });

  it("does not count a repeated role towards the limit", () => {
    const selection = selectRoles("a,a,a,b,c,d", ["a", "b", "c", "d"]);
    expect(selection.slugs).toEqual(["a", "b", "c", "d"]);
    expect(selection.overLimit).toEqual([]);
  });
});

describe("compare addresses", () => {
  it("builds /compare?roles=a,b with readable commas, and /compare with no roles", () => {
    expect(comparePath(["clinical-coder", "healthcare-data-analyst"])).toBe(
      "/compare?roles=clinical-coder,healthcare-data-analyst",
    );
    expect(comparePath([])).toBe("/compare");
  });

  it("reads back what it builds", () => {
    const slugs = ["trust-and-safety", "clinical-coder"];
    const url = new URL(comparePath(slugs), "http://localhost");
    expect(parseRolesParam(url.searchParams.getAll("roles"))).toEqual(slugs);
  });

  it("puts a canonical address's roles in the site's order", () => {
    expect(canonicalCompareSlugs(["clinical-coder", "trust-and-safety"], KNOWN)).toEqual([
      "trust-and-safety",
      "clinical-coder",
    ]);
  });
});
