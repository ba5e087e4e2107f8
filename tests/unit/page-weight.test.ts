import { describe, expect, it } from "vitest";
import { gzipSize, pageAssets } from "@/bench/page-weight";

describe("pageAssets (the benchmark's page weight)", () => {
  it("finds script files and stylesheets, each once, in document order", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" href="/_next/static/x.js"/>',
      '<script src="/_next/static/one.js" async=""></script>',
      "<script>self.__next_f.push([1,\"inline\"])</script>",
      '<script src="/_next/static/two.js?v=1&amp;w=2" async></script>',
      '<script src="/_next/static/one.js"></script>',
      '<link href="/b.css" rel="alternate stylesheet">',
    ].join("");
    expect(pageAssets(html)).toEqual({
      scripts: ["/_next/static/one.js", "/_next/static/two.js?v=1&w=2"],
      stylesheets: ["/_next/static/a.css", "/b.css"],
    });
  });

  it("leaves out nomodule polyfills, which modern browsers never download", () => {
    expect(pageAssets('<script src="/p.js" noModule=""></script><script src="/m.js"></script>').scripts).toEqual(["/m.js"]);
  });

  it("measures gzipped size", () => {
    expect(gzipSize("a".repeat(10_000))).toBeLessThan(100);
  });
});
