import { describe, expect, it } from "vitest";
import { getContent } from "@/lib/content";
import { sitemapEntries } from "@/lib/site/sitemap";

describe("sitemapEntries: the guide's public pages, in /sitemap.xml's order", () => {
  const content = getContent();
  const entries = sitemapEntries(content);
  const paths = entries.map((entry) => entry.path);

  it("lists the home page, the industries, the A to Z, every role, the updates, the statement and the notice", () => {
    const letters = [...new Set(content.roles.map((role) => role.title[0]!.toLowerCase()))].sort();
    expect(paths).toEqual([
      "/",
      "/industries",
      ...content.industries.map((industry) => `/industries/${industry.slug}`),
      "/roles",
      ...letters.map((letter) => `/roles/a-z/${letter}`),
      ...content.roles.map((role) => `/roles/${role.slug}`),
      "/updates",
      "/glossary",
      "/accessibility",
      "/privacy",
    ]);
  });

  it("dates each role and industry page by the later of its last update and its last review", () => {
    for (const page of [...content.roles.map((role) => ({ ...role, path: `/roles/${role.slug}` }))]) {
      const newest = page.changes.map((change) => change.date).sort().at(-1)!;
      const expected = newest > page.lastReviewed ? newest : page.lastReviewed;
      expect(entries.find((entry) => entry.path === page.path)?.lastModified, page.path).toBe(expected);
    }
    const newestNote = [...content.industries, ...content.roles].flatMap((page) => page.changes.map((change) => change.date)).sort().at(-1);
    expect(entries.find((entry) => entry.path === "/updates")?.lastModified).toBe(newestNote);
  });
});
