/** What the search tests share: the guide's own content and its engine, and small made-up guides. */
import path from "node:path";
import { loadContent, type Content, type Role } from "@/lib/content";
import { createSearchEngine } from "@/lib/search";
import { makeIndustry, makeRole } from "../../support/factories";

const root = process.cwd();
const loaded = loadContent(path.join(root, "content"), root);
if (!loaded.content) throw new Error("the content has problems: run npm run content:check");
export const content: Content = loaded.content;
export const engine = createSearchEngine(content);
export const titles = (query: string) => engine.search(query).results.map((result) => result.title);

export const role = (overrides: Partial<Role> & Pick<Role, "slug" | "title">): Role =>
  makeRole({ industry: "test-industry", summary: "A role in the test industry.", ...overrides });

type GlossaryTerm = Content["glossary"][number];

/** A glossary term for tests: pass its slug and name, and what the test is about. */
export const glossaryTerm = (overrides: Partial<GlossaryTerm> & Pick<GlossaryTerm, "slug" | "name">): GlossaryTerm => ({
  abbreviations: [],
  spellings: [],
  definition: `What ${overrides.name} means.`,
  source: "000_test.txt",
  quote: "A quote.",
  file: `content/glossary/${overrides.slug}.md`,
  lastReviewed: "2026-11-25",
  nextReviewDue: "2027-05-25",
  changes: [{ date: "2026-11-25", note: "First published." }],
  redirectFrom: [],
  ...overrides,
});

export const testContent = (roles: Role[], glossary: GlossaryTerm[] = []): Content => ({
  glossary,
  industries: [
    makeIndustry({
      name: "Test Industry",
      slug: "test-industry",
      summary: "An industry for tests.",
      roles: roles.map((each) => each.slug),
      bigPictureHtml: "<p>Roles for tests.</p>",
    }),
  ],
  roles,
});

/** `count` roles that all mention "data", the first few more than the rest so that the ranking is clear. */
export function manyRoles(count: number): Role[] {
  return Array.from({ length: count }, (_, index) =>
    role({
      slug: `role-${index + 1}`,
      title: `Role ${index + 1}`,
      summary: index < 3 ? "Data, data and more data: a role all about data." : `Role ${index + 1} uses data now and then.`,
      skills: [`Skill ${index + 1}`],
    }),
  );
}
