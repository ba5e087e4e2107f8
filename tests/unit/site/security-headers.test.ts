import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tryToParsePath } from "next/dist/lib/try-to-parse-path";
import {
  contentSecurityPolicy,
  contentSecurityPolicyDirectives,
  nonHtmlContentSecurityPolicy,
  nonHtmlContentSecurityPolicyDirectives,
  securityHeaderRules,
  securityHeaders,
} from "@/lib/site/security-headers";

const http = new URL("http://localhost:3000");
const https = new URL("https://careers.example.org");

describe("the Content-Security-Policy", () => {
  it("allows only this origin by default and forbids plugins, other bases, framing and forms posting elsewhere", () => {
    const directives = contentSecurityPolicyDirectives({ siteUrl: https });
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
      ]),
    );
  });

  it("allows scripts only from this origin and Next's inline hydration scripts, with no eval in production", () => {
    expect(contentSecurityPolicyDirectives({ siteUrl: https })).toContain("script-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy({ siteUrl: https })).not.toContain("unsafe-eval");
  });

  it("allows eval only for next dev, which needs it", () => {
    expect(contentSecurityPolicyDirectives({ siteUrl: http, development: true })).toContain(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    );
  });

  it("with a nonce (pages rendered per request: the editors' inbox), allows only scripts carrying it, never inline ones", () => {
    const directives = contentSecurityPolicyDirectives({ siteUrl: https, nonce: "AAECAwQFBgcICQoLDA0ODw==" });
    expect(directives.filter((directive) => directive.startsWith("script-src "))).toEqual([
      "script-src 'self' 'nonce-AAECAwQFBgcICQoLDA0ODw==' 'strict-dynamic'",
    ]);
    expect(directives.join("; ")).not.toContain("unsafe-inline");
  });

  it("allows stylesheets only from this origin, with no inline styles", () => {
    expect(contentSecurityPolicyDirectives({ siteUrl: https })).toContain("style-src 'self'");
  });

  it("names no other origin anywhere", () => {
    expect(contentSecurityPolicy({ siteUrl: https })).not.toMatch(/https?:|\*/);
  });

  it("upgrades insecure requests only when the site is served over https", () => {
    expect(contentSecurityPolicyDirectives({ siteUrl: https })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicyDirectives({ siteUrl: http })).not.toContain("upgrade-insecure-requests");
  });

  it("is one line of directives separated by semicolons", () => {
    expect(contentSecurityPolicy({ siteUrl: http })).toMatch(/^default-src 'self'; script-src [^\n]+; frame-ancestors 'none'$/);
  });
});

describe("the security headers", () => {
  const headers = Object.fromEntries(securityHeaders({ siteUrl: https }).map(({ key, value }) => [key, value]));

  it("include each header the site promises, once", () => {
    expect(Object.keys(headers).sort()).toEqual(
      [
        "Content-Security-Policy",
        "Cross-Origin-Opener-Policy",
        "Permissions-Policy",
        "Referrer-Policy",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "X-Frame-Options",
      ].sort(),
    );
  });

  it("have the values the issue asks for", () => {
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });

  it("switch off camera, microphone, location and payment, in Permissions-Policy syntax", () => {
    const policy = headers["Permissions-Policy"]!;
    for (const feature of ["camera", "microphone", "geolocation", "payment"]) expect(policy).toContain(`${feature}=()`);
    expect(policy).toMatch(/^[a-z-]+=\(\)(?:, [a-z-]+=\(\))*$/);
  });
});

describe("the policy for answers that are not HTML pages (feeds, sitemap, robots.txt, open data, images, icons)", () => {
  const directives = nonHtmlContentSecurityPolicyDirectives();

  it("loads nothing, runs nothing and sandboxes the document", () => {
    expect(directives).toEqual(
      expect.arrayContaining(["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "sandbox"]),
    );
    expect(directives.some((directive) => /^(script-src|connect-src|font-src|object-src|frame-src)\b/.test(directive))).toBe(false);
  });

  it("allows only what Chromium's own viewers need: inline styles (XML tree, image viewer) and data: images (the XML tree's arrows)", () => {
    expect(directives).toContain("style-src 'unsafe-inline'");
    expect(directives).toContain("img-src data:");
    expect(nonHtmlContentSecurityPolicy()).not.toMatch(/'self'|https?:|\*/);
  });
});

describe("the rules next.config.ts headers() applies", () => {
  const published = { roles: ["clinical-coder", "healthcare-data-analyst"], industries: ["healthcare-informatics"] };
  const rules = securityHeaderRules({ siteUrl: https, published });

  /** The Content-Security-Policy a path gets, matching as Next does: every rule in order, a later one winning. */
  function policyMatcher(rulesToMatch: ReturnType<typeof securityHeaderRules>) {
    const compiled = rulesToMatch.map((rule) => {
      const { regexStr, error } = tryToParsePath(rule.source);
      if (error || !regexStr) throw new Error(`${rule.source} does not parse`);
      return { regex: new RegExp(regexStr, "i"), policy: rule.headers.find((header) => header.key === "Content-Security-Policy")?.value };
    });
    return (path: string) =>
      compiled.reduce<string | undefined>((policy, rule) => (rule.regex.test(path) ? (rule.policy ?? policy) : policy), undefined);
  }
  const policyFor = policyMatcher(rules);

  it("send every security header on every path, first", () => {
    expect(rules[0]).toEqual({ source: "/:path*", headers: securityHeaders({ siteUrl: https }) });
  });

  it.each([
    "/sitemap.xml",
    "/robots.txt",
    "/favicon.ico",
    "/icon.svg",
    "/apple-icon.png",
    "/updates.atom",
    "/roles/clinical-coder/updates.atom",
    "/industries/healthcare-informatics/updates.atom",
    "/api/roles.json",
    "/api/industries.json",
    "/api/roles/clinical-coder.json",
    "/api/roles/healthcare-data-analyst.json",
    "/api/industries/healthcare-informatics.json",
    "/opengraph-image",
    "/twitter-image",
    "/updates/opengraph-image",
    "/privacy/twitter-image",
    "/accessibility/opengraph-image",
    "/roles/clinical-coder/opengraph-image",
    "/roles/healthcare-data-analyst/twitter-image",
    "/industries/healthcare-informatics/opengraph-image",
    "/roles/opengraph-image",
    "/industries/twitter-image",
    "/roles/a-z/c/opengraph-image",
    "/roles/a-z/0-9/twitter-image",
  ])("give %s the non-HTML policy", (path) => {
    expect(policyFor(path)).toBe(nonHtmlContentSecurityPolicy());
  });

  // Every page with a preview image of its own, found from app/ (not a dynamic segment's, nor a route group's), so
  // that a new page's images are never served with the HTML page policy (which blocks their inline styles).
  const staticPreviewImages = fs
    .readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|[\\/])(opengraph|twitter)-image\.tsx$/.test(file) && !/[[(]/.test(file))
    .map((file) => `/${file.replace(/\.tsx$/, "").split(path.sep).join("/")}`);

  it("find the preview images of the home page and of every page listed", () => {
    expect(staticPreviewImages).toContain("/opengraph-image");
    expect(staticPreviewImages).toContain("/glossary/twitter-image");
  });

  it.each(staticPreviewImages)("give %s, a page's own preview image in app/, the non-HTML policy", (image) => {
    expect(policyFor(image)).toBe(nonHtmlContentSecurityPolicy());
  });

  it.each([
    "/",
    "/roles/clinical-coder",
    "/industries/healthcare-informatics",
    "/updates",
    "/search",
    "/no-such-page",
    "/_next/static/chunks/app.js",
    // Unknown files answer with the HTML 404 page, which needs the page policy (its stylesheet and scripts).
    "/api/roles/no-such-role.json",
    "/api/roles/clinical-coder.jsonx",
    "/roles/no-such-role/updates.atom",
    "/roles/no-such-role/opengraph-image",
    "/industries/no-such-industry/twitter-image",
    "/roles/clinical-coder/updates.atom/more",
    "/search/opengraph-image",
    "/roles/a-z/c",
    "/roles/a-z/cc/opengraph-image",
  ])("give %s the page policy", (path) => {
    expect(policyFor(path)).toBe(contentSecurityPolicy({ siteUrl: https }));
  });

  it("stay within Next's limit of 4,096 characters a rule, however many roles there are", () => {
    const many = {
      roles: Array.from({ length: 1000 }, (_, i) => `a-generated-role-with-a-long-name-${i}`),
      industries: Array.from({ length: 50 }, (_, i) => `generated-industry-${i}`),
    };
    const manyRules = securityHeaderRules({ siteUrl: https, published: many });
    for (const { source } of manyRules) expect(tryToParsePath(source).regexStr!.length).toBeLessThanOrEqual(4096);
    expect(manyRules.length).toBeLessThan(100);
    const manyPolicyFor = policyMatcher(manyRules);
    for (const slug of many.roles) {
      expect(manyPolicyFor(`/roles/${slug}/updates.atom`), slug).toBe(nonHtmlContentSecurityPolicy());
      expect(manyPolicyFor(`/api/roles/${slug}.json`), slug).toBe(nonHtmlContentSecurityPolicy());
    }
    for (const slug of many.industries) expect(manyPolicyFor(`/industries/${slug}/opengraph-image`), slug).toBe(nonHtmlContentSecurityPolicy());
    expect(manyPolicyFor("/roles/a-generated-role-with-a-long-name-1000/updates.atom")).toBe(contentSecurityPolicy({ siteUrl: https }));
  });
});
