import { describe, expect, it } from "vitest";
import { hasMalformedPercentEncoding } from "@/lib/shared/url-encoding";

describe("hasMalformedPercentEncoding", () => {
  it("accepts paths with no percent-escapes", () => {
    expect(hasMalformedPercentEncoding("/")).toBe(false);
    expect(hasMalformedPercentEncoding("/roles/clinical-coder")).toBe(false);
  });

  it("accepts escapes that decode to UTF-8", () => {
    expect(hasMalformedPercentEncoding("/roles/clinical%2Dcoder")).toBe(false);
    expect(hasMalformedPercentEncoding("/roles/%E2%9C%93")).toBe(false);
    expect(hasMalformedPercentEncoding("/roles/%F0%9F%92%A9")).toBe(false);
    expect(hasMalformedPercentEncoding("/roles/%00")).toBe(false);
    expect(hasMalformedPercentEncoding("/roles/100%25")).toBe(false);
  });

  it("finds a % that is not followed by two hex digits", () => {
    expect(hasMalformedPercentEncoding("/roles/%")).toBe(true);
    expect(hasMalformedPercentEncoding("/roles/%zz")).toBe(true);
    expect(hasMalformedPercentEncoding("/roles/%4")).toBe(true);
    expect(hasMalformedPercentEncoding("/roles/%E0%A4%A")).toBe(true);
  });

  it("finds escapes that are not UTF-8: lone bytes, overlong forms and surrogates", () => {
    expect(hasMalformedPercentEncoding("/industries/%ff")).toBe(true);
    expect(hasMalformedPercentEncoding("/roles/%C0%AE%C0%AE")).toBe(true);
    expect(hasMalformedPercentEncoding("/roles/%ED%A0%80")).toBe(true);
    expect(hasMalformedPercentEncoding("/api/roles/%80.json")).toBe(true);
  });
});
