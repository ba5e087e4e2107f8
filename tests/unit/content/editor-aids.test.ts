import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentJsonSchemas } from "@/lib/content/json-schema";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";

const root = process.cwd();
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("JSON Schemas for editors' tools", () => {
  it.each(["industry", "role", "glossary-term"] as const)("content/schemas/%s.schema.json is in step with the zod schema", (kind) => {
    const committed = JSON.parse(read(`content/schemas/${kind}.schema.json`));
    // If this fails, run: npm run content:schemas
    expect(committed).toEqual(contentJsonSchemas()[kind]);
  });

  it("marks unknown fields as errors and lists the required ones", () => {
    const role = contentJsonSchemas().role as { additionalProperties: boolean; required: string[] };
    expect(role.additionalProperties).toBe(false);
    expect(role.required).toEqual(["title", "slug", "industry", "summary", "lastReviewed", "nextReviewDue", "changes"]);
  });

  it("describes the history's entries, a note or a minor update, for editors' tools to show", () => {
    for (const kind of ["industry", "role", "glossary-term"] as const) {
      const schema = contentJsonSchemas()[kind] as { properties: Record<string, { description?: string; items?: unknown }> };
      expect(schema.properties.changes?.description).toMatch(/newest first.*minor: true for a typo/);
      expect(schema.properties.changes?.items).toMatchObject({
        required: ["date"],
        properties: { minor: { const: true } },
        anyOf: [{ required: ["note"] }, { required: ["minor"] }],
        additionalProperties: false,
      });
      expect(schema.properties).not.toHaveProperty("minorChange");
    }
  });

  it("describes review dates as YYYY-MM-DD strings", () => {
    const role = contentJsonSchemas().role as { properties: Record<string, unknown> };
    expect(role.properties.lastReviewed).toEqual({ type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
  });
});

describe("templates", () => {
  it("the industry and role templates together make valid content", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-templates-"));
    try {
      fs.mkdirSync(path.join(dir, "content", "industries"), { recursive: true });
      fs.mkdirSync(path.join(dir, "content", "roles"));
      fs.copyFileSync(path.join(root, "content/templates/industry.md"), path.join(dir, "content/industries/industry-name.md"));
      fs.copyFileSync(path.join(root, "content/templates/role.md"), path.join(dir, "content/roles/role-title.md"));
      const result = loadContent(path.join(dir, "content"), dir, { today: "2026-11-26" });
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.content?.roles[0]?.sections.map((section) => section.id)).toEqual([
        "work",
        "workplaces",
        "skills",
        "qualifications",
        "specialisms",
        "impact",
        "outlook",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the glossary term template makes a valid term, with its quote found in the source", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-templates-"));
    try {
      fs.cpSync(path.join(root, "content"), path.join(dir, "content"), { recursive: true });
      const text = read("content/templates/glossary-term.md").replace(
        "quote: the words of the source that say this, copied exactly",
        "quote: Safeguarding and data accuracy are non-negotiable.",
      );
      fs.writeFileSync(path.join(dir, "content/glossary/term-slug.md"), text);
      const result = loadContent(path.join(dir, "content"), dir, { today: "2026-12-03" });
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.content?.glossary.map((term) => term.slug)).toContain("term-slug");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(["industry", "role", "glossary-term"])("the %s template starts the page's change notes and explains them", (kind) => {
    const text = read(`content/templates/${kind}.md`);
    expect(text).toContain("changes:\n  - date: 2026-11-25\n    note: First published.\n---");
    const comment = text.slice(0, text.indexOf("changes:\n")).split("\n").slice(-6, -1);
    expect(comment.every((line) => line.startsWith("# "))).toBe(true);
    expect(comment.join(" ")).toMatch(/newest first.*minor: true.*CONTRIBUTING\.md/);
    expect(text).not.toMatch(/minorChange|urls:record/);
  });

  it("every content file names its JSON Schema for editors' tools", () => {
    const schemas = { industries: "industry", roles: "role", glossary: "glossary-term" };
    for (const [kind, schema] of Object.entries(schemas)) {
      for (const name of fs.readdirSync(path.join(root, "content", kind))) {
        expect(read(`content/${kind}/${name}`).split("\n")[1]).toBe(
          `# yaml-language-server: $schema=../schemas/${schema}.schema.json`,
        );
      }
    }
  });
});
