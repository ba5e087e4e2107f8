/**
 * Finding the glossary's terms in a page's words: which terms a page uses (its "Terms on this page"), and the first
 * use of each in a markdown body, which becomes a link to the term's entry at the end of the page (GOV.UK's style:
 * explain an abbreviation where it is first used). A term is found by its name, in any capitals, or by one of its
 * abbreviations, in its own capitals ("IT" is a term, "it" is not), never inside a longer word; where two terms
 * start at the same place the longer wins ("NHS England" before "NHS"). Spellings are for search only.
 */
import type { Nodes, Parent, Root, RootContent, Text } from "mdast";

/** What finding terms needs of a glossary term. */
export interface TermForms {
  slug: string;
  name: string;
  abbreviations: readonly string[];
}

/** A use of a term in a text: where it starts, what it says, and which term. */
interface Use {
  index: number;
  text: string;
  slug: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Not inside a longer word: no letter or digit on either side. */
const bounded = (forms: string[]) => `(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join("|")})(?![\\p{L}\\p{N}])`;

export interface TermFinder {
  /** Every use of a term in `text`, in order, none overlapping. */
  uses(text: string): Use[];
}

/** A finder for `terms`, built once per glossary. */
export function termFinder(terms: readonly TermForms[]): TermFinder {
  const byName = new Map<string, string>();
  const byAbbreviation = new Map<string, string>();
  for (const term of terms) {
    byName.set(term.name.toLowerCase(), term.slug);
    for (const abbreviation of term.abbreviations) byAbbreviation.set(abbreviation, term.slug);
  }
  const longestFirst = (forms: Iterable<string>) => [...forms].sort((a, b) => b.length - a.length);
  const names = byName.size > 0 ? new RegExp(bounded(longestFirst(byName.keys())), "giu") : undefined;
  const abbreviations = byAbbreviation.size > 0 ? new RegExp(bounded(longestFirst(byAbbreviation.keys())), "gu") : undefined;

  return {
    uses(text) {
      const found: Use[] = [];
      for (const match of names ? text.matchAll(names) : []) {
        found.push({ index: match.index, text: match[0], slug: byName.get(match[0].toLowerCase())! });
      }
      for (const match of abbreviations ? text.matchAll(abbreviations) : []) {
        found.push({ index: match.index, text: match[0], slug: byAbbreviation.get(match[0])! });
      }
      found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
      const uses: Use[] = [];
      let end = 0;
      for (const use of found) {
        if (use.index < end) continue;
        uses.push(use);
        end = use.index + use.text.length;
      }
      return uses;
    },
  };
}

/** The slugs of the terms the texts use, in order of first use, each once; `except` left out. */
export function termsIn(texts: readonly string[], finder: TermFinder, except: ReadonlySet<string> = new Set()): string[] {
  const slugs = new Set<string>();
  for (const text of texts) {
    for (const use of finder.uses(text)) if (!except.has(use.slug)) slugs.add(use.slug);
  }
  return [...slugs];
}

/** The id of a term's entry in a page's "Terms on this page", which a first use links to. */
export const termAnchor = (slug: string) => `term-${slug}`;

/** Where a first use is never linked: links, headings and code. */
const SKIPPED = new Set(["link", "linkReference", "heading", "inlineCode", "code", "html", "definition"]);

/**
 * Turns the first use of each term in a markdown tree into a link to its entry (`#term-<slug>`), in reading order.
 * `linked` holds the terms already linked on the page (a role page's sections share one), and `except` the terms
 * never linked (the page's own subject). Changes the tree in place.
 */
export function linkFirstUses(tree: Root, finder: TermFinder, linked: Set<string>, except: ReadonlySet<string> = new Set()): void {
  const visit = (node: Nodes) => {
    if (SKIPPED.has(node.type) || !("children" in node)) return;
    const parent = node as Parent;
    parent.children = parent.children.flatMap((child) => {
      if (child.type !== "text") {
        visit(child);
        return [child];
      }
      return linkInText(child, finder, linked, except);
    }) as RootContent[];
  };
  visit(tree);
}

function linkInText(node: Text, finder: TermFinder, linked: Set<string>, except: ReadonlySet<string>): RootContent[] {
  const out: RootContent[] = [];
  let from = 0;
  for (const use of finder.uses(node.value)) {
    if (linked.has(use.slug) || except.has(use.slug)) continue;
    linked.add(use.slug);
    if (use.index > from) out.push({ type: "text", value: node.value.slice(from, use.index) });
    out.push({ type: "link", url: `#${termAnchor(use.slug)}`, children: [{ type: "text", value: use.text }] });
    from = use.index + use.text.length;
  }
  if (out.length === 0) return [node];
  if (from < node.value.length) out.push({ type: "text", value: node.value.slice(from) });
  return out;
}
