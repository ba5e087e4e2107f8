import { describe, expect, it } from "vitest";
import { adminContentSecurityPolicy, newCspNonce } from "@/lib/admin";
import { contentSecurityPolicyDirectives } from "@/lib/site";

const http = new URL("http://localhost:3000");
const https = new URL("https://careers.example.org");
const NONCE = "AAECAwQFBgcICQoLDA0ODw==";

const directivesOf = (policy: string) => policy.split("; ");
const scriptSrc = (policy: string) => directivesOf(policy).filter((directive) => directive.startsWith("script-src "));

describe("the editors' pages' Content-Security-Policy", () => {
  it("allows only scripts carrying this answer's nonce, and what they load, never inline scripts", () => {
    const policy = adminContentSecurityPolicy(NONCE, { siteUrl: https });
    expect(scriptSrc(policy)).toEqual([`script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`]);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("is otherwise the public pages' policy, directive for directive, style-src 'self' included", () => {
    for (const siteUrl of [http, https]) {
      const admin = directivesOf(adminContentSecurityPolicy(NONCE, { siteUrl }));
      const pages = contentSecurityPolicyDirectives({ siteUrl });
      const notScripts = (directives: string[]) => directives.filter((directive) => !directive.startsWith("script-src "));
      expect(notScripts(admin)).toEqual(notScripts(pages));
      expect(admin).toHaveLength(pages.length);
      expect(admin).toContain("style-src 'self'");
    }
  });

  it("adds 'unsafe-eval' only for next dev, as the public pages' policy does", () => {
    expect(scriptSrc(adminContentSecurityPolicy(NONCE, { siteUrl: http, development: true }))).toEqual([
      `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic' 'unsafe-eval'`,
    ]);
  });

  it.each([
    ["an empty nonce", ""],
    ["a short one", "AAECAwQFBgcICQ=="],
    ["one that would end the source and add another", `${NONCE}' 'unsafe-inline`],
    ["one that would add a directive", `${NONCE}; script-src *`],
    ["one with markup characters", `${NONCE}<>`],
  ])("refuses %s", (_, nonce) => {
    expect(() => adminContentSecurityPolicy(nonce, { siteUrl: https })).toThrow(/nonce/);
  });
});

describe("newCspNonce", () => {
  it("is base64 of 16 bytes, which the policy takes", () => {
    const nonce = newCspNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(() => adminContentSecurityPolicy(nonce, { siteUrl: https })).not.toThrow();
  });

  it("is new every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => newCspNonce()));
    expect(nonces.size).toBe(1000);
  });
});
