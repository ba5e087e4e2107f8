import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, getSiteUrl } from "@/lib/shared/site";

describe("getSiteUrl", () => {
  it("defaults to http://localhost:3000 when SITE_URL is not set", () => {
    expect(DEFAULT_SITE_URL).toBe("http://localhost:3000");
    expect(getSiteUrl({}).href).toBe("http://localhost:3000/");
    expect(getSiteUrl({}).origin).toBe("http://localhost:3000");
  });

  it("defaults to http://localhost:3000 when SITE_URL is empty or blank", () => {
    expect(getSiteUrl({ SITE_URL: "" }).origin).toBe("http://localhost:3000");
    expect(getSiteUrl({ SITE_URL: "   " }).origin).toBe("http://localhost:3000");
  });

  it("uses a custom SITE_URL", () => {
    const url = getSiteUrl({ SITE_URL: "https://careers.example.org" });
    expect(url).toBeInstanceOf(URL);
    expect(url.origin).toBe("https://careers.example.org");
    expect(new URL("/roles/clinical-coder", url).href).toBe("https://careers.example.org/roles/clinical-coder");
  });

  it("trims spaces around SITE_URL and keeps a port", () => {
    expect(getSiteUrl({ SITE_URL: "  http://example.org:8080  " }).origin).toBe("http://example.org:8080");
  });

  it("reads process.env when given no argument", () => {
    const saved = process.env.SITE_URL;
    try {
      process.env.SITE_URL = "https://from-env.example.org";
      expect(getSiteUrl().origin).toBe("https://from-env.example.org");
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });

  it("throws a message naming SITE_URL and the value for a value that is not an address", () => {
    expect(() => getSiteUrl({ SITE_URL: "careers.example.org" })).toThrow(
      'SITE_URL: expected an absolute http(s) address such as https://careers.example.org, got "careers.example.org"',
    );
  });

  it("throws a message naming SITE_URL for an address that is not http or https", () => {
    expect(() => getSiteUrl({ SITE_URL: "ftp://careers.example.org" })).toThrow(
      'SITE_URL: expected an http or https address, got "ftp://careers.example.org"',
    );
    expect(() => getSiteUrl({ SITE_URL: "javascript:alert(1)" })).toThrow(/^SITE_URL: /);
  });
});
