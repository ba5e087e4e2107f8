import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, contentSecurityPolicyDirectives, securityHeaders } from "@/lib/security-headers";

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
