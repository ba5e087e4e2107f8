import { describe, expect, it } from "vitest";
import { MAX_COMPARE, selectionNotices, selectRoles } from "@/lib/compare";
import { listInWords, numberInWords } from "@/lib/shared";

const KNOWN = ["trust-and-safety", "healthcare-data-analyst", "clinical-coder", "health-informatics-specialist", "other"];

describe("messages about slugs left out", () => {
  const titleOf = (slug: string) => ({ "clinical-coder": "Clinical Coder", "trust-and-safety": "Trust & Safety" })[slug] ?? slug;

  it("says nothing when every slug was used", () => {
    expect(selectionNotices(selectRoles("clinical-coder,trust-and-safety", KNOWN), titleOf)).toEqual([]);
  });

  it("names an unknown slug, a repeated role and a role over the limit", () => {
    expect(selectionNotices(selectRoles("clinical-coder,clinical-coder,xyz", KNOWN), titleOf)).toEqual([
      'We could not find a role called "xyz".',
      "The address names Clinical Coder more than once. Each role is shown once.",
    ]);
    expect(
      selectionNotices({ slugs: [], unknown: [], repeated: [], overLimit: ["trust-and-safety"] }, titleOf),
    ).toEqual([`You can compare up to ${MAX_COMPARE} roles at a time, so Trust & Safety was left out.`]);
  });

  it("lists several unknown slugs, counts any beyond five, and shortens long ones", () => {
    expect(selectionNotices(selectRoles("a1,b1", KNOWN), titleOf)).toEqual(['We could not find roles called "a1" and "b1".']);
    const many = selectRoles("u1,u2,u3,u4,u5,u6,u7", KNOWN);
    expect(selectionNotices(many, titleOf)).toEqual([
      'We could not find roles called "u1", "u2", "u3", "u4", "u5" and 2 more.',
    ]);
    const [long] = selectionNotices(selectRoles("x".repeat(500), KNOWN), titleOf);
    expect(long).toBe(`We could not find a role called "${"x".repeat(39)}…".`);
  });

  it("joins words in plain English", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b"])).toBe("a and b");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
  });

  it("writes small numbers in words", () => {
    expect([1, 2, 4].map(numberInWords)).toEqual(["one", "two", "four"]);
    expect(numberInWords(12)).toBe("12");
  });
});
