import { describe, expect, it } from "vitest";
import { cycles, exportsOwnName, featureOf, importsOf, longFunctions, reachesInside } from "../../../scripts/layout";

describe("scripts/layout.ts: the figures CI holds the code's shape to", () => {
  it("finds a function over the limit by its name, and not a describe() block", () => {
    const body = Array.from({ length: 10 }, (_, i) => `  const v${i} = ${i};`).join("\n");
    const text = [
      `export function long() {\n${body}\n}`,
      `const arrow = () => {\n${body}\n};`,
      `describe("a group", () => {\n${body}\n});`,
      `export function short() { return 1; }`,
    ].join("\n");
    expect(longFunctions("x.ts", text, 5).map(({ name, lines }) => [name, lines])).toEqual([
      ["long", 12],
      ["arrow", 12],
    ]);
  });

  it("resolves @/ and relative imports to the repository's files, index files included", () => {
    const known = new Set(["lib/compare/index.ts", "lib/compare/params.ts", "lib/shared/urls.ts"]);
    const text = `import { a } from "@/lib/compare";\nimport { b } from "./params";\nimport type { C } from "../shared/urls";\nimport x from "react";`;
    expect(importsOf("lib/compare/phrasing.ts", text, (file) => known.has(file))).toEqual([
      "lib/compare/index.ts",
      "lib/compare/params.ts",
      "lib/shared/urls.ts",
    ]);
  });

  it("reports each cycle once, whatever its length, and a module importing itself", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["d"]],
      ["e", ["a"]],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("treats lib/X and components/X as one feature, and only its index as open to others", () => {
    expect(featureOf("lib/compare/params.ts")).toBe("compare");
    expect(featureOf("components/compare/Comparison.tsx")).toBe("compare");
    expect(featureOf("app/compare/page.tsx")).toBeUndefined();
    expect(reachesInside("app/compare/page.tsx", "lib/compare/params.ts")).toBe(true);
    expect(reachesInside("app/compare/page.tsx", "lib/compare/index.ts")).toBe(false);
    expect(reachesInside("components/compare/Comparison.tsx", "lib/compare/params.ts")).toBe(false);
    expect(reachesInside("lib/search/index.ts", "lib/browse/result-pages.ts")).toBe(true);
    expect(reachesInside("tests/unit/compare/compare.test.ts", "lib/compare/params.ts")).toBe(false);
  });

  it("knows a component file by the name it exports", () => {
    expect(exportsOwnName("components/search/SearchForm.tsx", "export function SearchForm() {}")).toBe(true);
    expect(exportsOwnName("components/search/SearchResults.tsx", "export function SearchResultList() {}")).toBe(false);
    expect(exportsOwnName("components/search/Search.tsx", "export function SearchForm() {}")).toBe(false);
  });
});
