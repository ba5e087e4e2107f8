import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AXE_TAGS, AXE_VERSION, STATEMENT_DATES } from "@/lib/site/accessibility";
import { accessibilityPath, STATIC_PATHS } from "@/lib/shared/urls";
import { CODER, edit, load } from "../../support/content-fixture";

describe("accessibility testing settings", () => {
  it("name the axe-core release that is installed, so the statement says which version tested the site", () => {
    const installed = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), "node_modules", "axe-core", "package.json"), "utf8"),
    ) as { version: string };
    expect(installed.version.split(".").slice(0, 2).join(".")).toBe(AXE_VERSION);
  });

  it("run axe's WCAG 2.0, 2.1 and 2.2 A and AA rules and its best practices", () => {
    expect([...AXE_TAGS].sort()).toEqual(["best-practice", "wcag21a", "wcag21aa", "wcag22aa", "wcag2a", "wcag2aa"]);
  });

  it("date the statement with real calendar days", () => {
    for (const day of Object.values(STATEMENT_DATES)) {
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
    }
  });
});

describe("the accessibility statement's address", () => {
  it("is /accessibility, and content may link to it", () => {
    expect(accessibilityPath()).toBe("/accessibility");
    expect(STATIC_PATHS).toContain(accessibilityPath());
  });

  it("is a page content may link to", () => {
    const linking = edit(CODER, "Reviewing medical notes and assigning codes.", "See [accessibility](/accessibility).");
    expect(load({ [CODER]: linking }).problems).toEqual([]);
  });
});
