import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { feedbackErrorPageHtml } from "@/components/feedback";
import { prerenderedHtmlFile, prerenderedStylesheets } from "@/lib/feedback/stylesheets";

describe("the no-JavaScript error pages' stylesheets: those of a prerendered page with the same form", () => {
  it("finds a page's prerendered HTML in the build folder, NEXT_DIST_DIR's when set", () => {
    expect(prerenderedHtmlFile("/roles/clinical-coder", "/site", {})).toBe("/site/.next/server/app/roles/clinical-coder.html");
    expect(prerenderedHtmlFile("/industries/x", "/site", { NEXT_DIST_DIR: ".next-other" })).toBe(
      "/site/.next-other/server/app/industries/x.html",
    );
  });

  it("reads the page's own stylesheet links, once each, and nothing when there is no build", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stylesheets-"));
    const file = path.join(dir, "page.html");
    fs.writeFileSync(
      file,
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/b.css"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/>' +
        '<link rel="stylesheet" href="https://elsewhere.example/x.css"/><link rel="preload" href="/_next/static/chunks/c.css"/>',
    );
    expect(prerenderedStylesheets(file)).toEqual(["/_next/static/chunks/a.css", "/_next/static/chunks/b.css"]);
    expect(prerenderedStylesheets(path.join(dir, "missing.html"))).toEqual([]);
  });

  it("links them from the error page's head, escaped, and links none when given none", () => {
    const content = { title: "There is a problem", message: "Try again.", back: { href: "/", text: "Back" } };
    const html = feedbackErrorPageHtml(content, ["/_next/static/chunks/a.css"]);
    expect(html).toMatch(/<head>.*<link rel="stylesheet" href="\/_next\/static\/chunks\/a.css"\/>.*<\/head>/s);
    expect(feedbackErrorPageHtml(content)).not.toContain("<link");
  });
});
