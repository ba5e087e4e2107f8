import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gzipSize, ownClientChunks, pageAssets } from "@/bench/page-weight";

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

describe("ownClientChunks (which script files hold the site's own client code)", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "careers-page-weight-"));
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));
  const chunk = (name: string, text: string) => fs.writeFileSync(path.join(dist, "static", "chunks", name), text);
  fs.mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  fs.mkdirSync(path.join(dist, "server", "app", "roles", "[role]"), { recursive: true });
  const manifest = {
    "/roles/[role]/page": {
      clientModules: {
        "[project]/components/sharing/CopySectionLink.tsx <module evaluation>": { id: 46191, chunks: ["/_next/static/chunks/link.js", "/_next/static/chunks/own.js"] },
        "[project]/components/feedback/FeedbackForms.tsx": { id: 87408, chunks: ["/_next/static/chunks/link.js", "/_next/static/chunks/own.js"] },
        "[project]/node_modules/next/dist/client/app-dir/link.js": { id: 22016, chunks: ["/_next/static/chunks/link.js", "/_next/static/chunks/own.js"] },
      },
    },
  };
  fs.writeFileSync(
    path.join(dist, "server", "app", "roles", "[role]", "page_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nObject.assign(globalThis.__RSC_MANIFEST, ${JSON.stringify(manifest)});`,
  );

  it("counts the files that define one of the project's modules, not the framework files loaded with them", () => {
    // Turbopack's format: push([script, id, factory, id, factory, …]).
    chunk("link.js", '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([document.currentScript,22016,(e,t,r)=>{"use strict";e.i(46191)}]);');
    chunk("own.js", '(globalThis.TURBOPACK||[]).push([document.currentScript,46191,e=>{"use strict"},656,e=>{},87408,function(e){}]);');
    const own = ownClientChunks(dist, "/roles/[role]");
    expect([...own.chunks]).toEqual(["/_next/static/chunks/own.js"]);
    expect(own.modules).toEqual(["components/sharing/CopySectionLink.tsx", "components/feedback/FeedbackForms.tsx"]);
  });

  it("understands webpack's format too: {id: factory}", () => {
    chunk("link.js", '(self.webpackChunk=self.webpackChunk||[]).push([[1],{22016:(e,t,r)=>{r(46191)}}]);');
    chunk("own.js", '(self.webpackChunk=self.webpackChunk||[]).push([[2],{46191:function(e,t,r){},87408:(e,t)=>{}}]);');
    expect([...ownClientChunks(dist, "/roles/[role]").chunks]).toEqual(["/_next/static/chunks/own.js"]);
  });

  it("counts every file listed for a module when none of them can be seen to define it (an upper bound)", () => {
    chunk("link.js", "minified in a way this does not read");
    chunk("own.js", "nor this");
    expect([...ownClientChunks(dist, "/roles/[role]").chunks]).toEqual(["/_next/static/chunks/link.js", "/_next/static/chunks/own.js"]);
  });
});
