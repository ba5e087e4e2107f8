import { describe, expect, it } from "vitest";
import { remark } from "remark";
import type { Root } from "mdast";
import remarkHtml from "remark-html";
import { linkFirstUses, termFinder, termsIn } from "@/lib/content/terms";
import {
  CODER,
  check,
  edit,
  load,
  lines,
  problemsOf,
  published,
  withNotes,
  withoutCommit,
  FIRST,
  NO_NEW_ENTRY,
} from "../../support/content-fixture";

/*
 * The glossary (content/glossary/<slug>.md): its schema and messages, its sources, the forms a term is known by,
 * its change notes against the published version, and finding its terms on pages.
 */

const SOURCE = "sources/seed.txt";
const SOURCE_TEXT = "Coded data feeds into national datasets such as Hospital Episode Statistics (HES).\nMany T&S teams recruit.\n";
const HES = "glossary/hes.md";

const term = (...extra: string[]) =>
  lines(
    "---", //                                                   1
    "name: Hospital Episode Statistics", //                    2
    "slug: hes", //                                             3
    "abbreviations:", //                                        4
    "  - HES", //                                               5
    "definition: A national dataset that coded data feeds into.", // 6
    "source: seed.txt", //                                      7
    "quote: national datasets such as Hospital Episode Statistics (HES)", // 8
    ...extra,
    "---",
  );

const withGlossary = (files: Record<string, string | null> = {}) => ({ [SOURCE]: SOURCE_TEXT, [HES]: term(), ...files });

describe("glossary terms", () => {
  it("load with their definitions, A to Z, and the pages list the terms they use", () => {
    const content = load(withGlossary({ [CODER]: edit(CODER, "assigning codes.", "assigning codes for HES.") })).content!;
    expect(content.glossary.map((each) => [each.slug, each.name, each.abbreviations])).toEqual([
      ["hes", "Hospital Episode Statistics", ["HES"]],
    ]);
    const coder = content.roles.find((role) => role.slug === "clinical-coder")!;
    expect(coder.terms).toEqual(["hes"]);
    expect(coder.sections[0]!.html).toBe('<p>Reviewing medical notes and assigning codes for <a href="#term-hes">HES</a>.</p>');
  });

  it("name the field, line and fix of a missing or unknown field", () => {
    const problems = problemsOf(withGlossary({ [HES]: term("definiton: typo").replace("definition: A national dataset that coded data feeds into.\n", "") }));
    expect(problems).toEqual([
      'content/glossary/hes.md:1: definition: expected a non-empty string (the field is missing: add a line "definition: ...")',
      "content/glossary/hes.md:8: definiton: unknown field (did you mean `definition`?)",
    ]);
  });

  it("refuse a quote the source does not have, and a source that is not there", () => {
    expect(problemsOf(withGlossary({ [HES]: term().replace("such as Hospital", "like Hospital") }))).toEqual([
      "content/glossary/hes.md:8: quote: these words are not in content/sources/seed.txt (copy the words that state the fact from the source exactly (line breaks and capitals do not matter); a fact no source states does not belong in the guide)",
    ]);
    expect(problemsOf(withGlossary({ [HES]: term().replace("source: seed.txt", "source: seeds.txt") }))).toEqual([
      'content/glossary/hes.md:7: source: there is no file "seeds.txt" in content/sources/ (name one of seed.txt, or add the source there first)',
    ]);
  });

  it("refuse a form two terms share, and text after the front matter", () => {
    const other = lines(
      "---",
      "name: Trust & Safety",
      "slug: trust-and-safety",
      "spellings:",
      "  - hes",
      "definition: Work that protects users.",
      "source: seed.txt",
      "quote: Many T&S teams recruit.",
      "---",
    );
    expect(problemsOf(withGlossary({ "glossary/trust-and-safety.md": other }))).toEqual([
      'content/glossary/trust-and-safety.md:5: spellings.0: "hes" is a form of another term too (content/glossary/hes.md) (a name, abbreviation or spelling belongs to one term, so search knows which one a reader means: keep it in one file)',
    ]);
    expect(problemsOf(withGlossary({ [HES]: `${term()}A definition here.\n` }))).toEqual([
      "content/glossary/hes.md:15: body: a glossary term has no text after its front matter (put the term's explanation in `definition`, between the two --- lines, and delete the text after them)",
    ]);
  });

  it("check a role's other titles against their source", () => {
    const role = (quote: string) =>
      edit(CODER, "skills:", `alsoKnownAs:\n  - title: HES coder\n    source: seed.txt\n    quote: ${quote}\nskills:`);
    expect(load(withGlossary({ [CODER]: role("Coded data feeds into national datasets") })).content?.roles[0]?.alsoKnownAs).toEqual([
      { title: "HES coder", source: "seed.txt", quote: "Coded data feeds into national datasets" },
    ]);
    expect(problemsOf(withGlossary({ [CODER]: role("HES coders code") }))).toEqual([
      "content/roles/clinical-coder.md:9: alsoKnownAs.0.quote: these words are not in content/sources/seed.txt (copy the words that state the fact from the source exactly (line breaks and capitals do not matter); a fact no source states does not belong in the guide)",
    ]);
  });
});

describe("glossary terms against the published version", () => {
  it("a changed definition needs a new entry; a new one with it passes", () => {
    const folder = published(withGlossary());
    const changed = term().replace("A national dataset", "The national dataset");
    expect(withoutCommit(check(folder, { [HES]: changed }))).toEqual([`content/glossary/hes.md:11: changes: ${NO_NEW_ENTRY}`]);
    expect(check(folder, { [HES]: withNotes(changed.replace(/lastReviewed[\s\S]*?(?=---)/, ""), ["2026-11-26", "Reworded the definition."], FIRST) })).toEqual([]);
  });

  it("a published term's address (/glossary#hes) is kept: a renamed term keeps its old slug under redirectFrom", () => {
    const folder = published(withGlossary());
    const renamed = term().replace("slug: hes", "slug: hospital-episode-statistics");
    const problems = withoutCommit(check(folder, { [HES]: null, "glossary/hospital-episode-statistics.md": renamed }));
    expect(problems).toEqual([
      'content/glossary/hes.md: slug: /glossary#hes is published (origin/main at <base>), but no page serves it any more: links and bookmarks to it would break (if content/glossary/hospital-episode-statistics.md is this page renamed, add "redirectFrom: [hes]" to it; to remove a page for good, ask a developer to decide where its address leads)',
    ]);
    expect(check(folder, { "glossary/hospital-episode-statistics.md": renamed.replace("---\n", "---\nredirectFrom:\n  - hes\n").replace(/^redirectFrom/m, "redirectFrom") })).toEqual([]);
  });
});

describe("finding terms on a page", () => {
  const finder = termFinder([
    { slug: "nhs", name: "NHS", abbreviations: [] },
    { slug: "nhs-england", name: "NHS England", abbreviations: [] },
    { slug: "it", name: "Information technology", abbreviations: ["IT"] },
    { slug: "hes", name: "Hospital Episode Statistics", abbreviations: ["HES"] },
  ]);

  it.each([
    ["Roles at NHS England and in the NHS.", ["nhs-england", "nhs"]],
    ["it is not IT, but information technology is", ["it"]],
    ["HESTIA, THES and hes are not HES", ["hes"]],
    ["hospital episode statistics, in any capitals", ["hes"]],
    ["nothing here", []],
  ])("%s", (text, slugs) => {
    expect(termsIn([text], finder)).toEqual(slugs);
  });

  it("links each term's first use only, never in a heading, a link or code", () => {
    const processor = remark().use(remarkHtml);
    const tree = processor.parse(
      "### HES\n\nSee [HES](https://example.org) and `HES`, then HES and HES again; IT and NHS England.\n",
    ) as Root;
    linkFirstUses(tree, finder, new Set(), new Set(["nhs-england"]));
    const html = String(processor.stringify(processor.runSync(tree) as Root));
    expect(html).toContain("<h3>HES</h3>");
    expect(html).toContain('See <a href="https://example.org">HES</a> and <code>HES</code>, then <a href="#term-hes">HES</a> and HES again;');
    expect(html).toContain('<a href="#term-it">IT</a> and NHS England.');
  });
});
