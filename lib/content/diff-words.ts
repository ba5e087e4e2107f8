/**
 * The changed words of one line of a page (diff-lines.ts), as markdown for `npm run content:diff`: removed words
 * as ~~removed~~, added words as **added**, with a few words of context either side, and every word escaped so
 * that a page's own `*`, `_` or `<` cannot break the summary. The word diff is jsdiff's `diffWords`, a tested
 * implementation of Myers' algorithm, rather than one of our own.
 */
import { diffWords } from "diff";

/** Words of unchanged text shown either side of a change; changes closer than twice this are one passage. */
export const CONTEXT_WORDS = 5;
/** Words of one removed or added run shown before "(and N more words)". */
export const RUN_WORDS = 25;

/**
 * Backslash-escapes the characters that would make markdown of a page's words: emphasis and strikethrough
 * (`*`, `_`, `~`), code, links, HTML and entities, table cells, maths and the backslash itself. CommonMark allows
 * a backslash before any ASCII punctuation, so the words show as written.
 */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_~[\]<>|&$]/g, "\\$&");

type Kind = "same" | "removed" | "added";
type Changed = Exclude<Kind, "same">;
const MARK: Record<Changed, string> = { removed: "~~", added: "**" };
const HTML: Record<Changed, [string, string]> = { removed: ["<del>", "</del>"], added: ["<strong>", "</strong>"] };
interface Part {
  kind: Kind;
  text: string;
}
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const isPunctuation = (char: string | undefined) => !!char && /[\p{P}\p{S}]/u.test(char);
const isSpace = (char: string | undefined) => !char || /\s/.test(char);

/**
 * One removed or added run as markdown. A delimiter run such as `**` opens only where the next character is not
 * punctuation or the previous one is a space or punctuation, and closes likewise (CommonMark's flanking rules): a
 * run that starts or ends with punctuation right next to a word ("health-records" for "health records") is marked
 * with the HTML that ~~ and ** stand for, which GitHub renders the same: `health<strong>-</strong>records`.
 */
function marked(kind: Changed, text: string, before: string, after: string): string {
  const words = wordsOf(text);
  if (words.length === 0) return text;
  const more = words.length - RUN_WORDS;
  const inner = escapeMarkdown(more > 0 ? `${words.slice(0, RUN_WORDS).join(" ")}…` : words.join(" "));
  const spaceBefore = /^\s/.test(text);
  const spaceAfter = /\s$/.test(text);
  const opens = spaceBefore || isSpace(before) || isPunctuation(before) || !isPunctuation(inner[0]);
  const closes = spaceAfter || more > 0 || isSpace(after) || isPunctuation(after) || !isPunctuation(inner.at(-1));
  const [open, close] = opens && closes ? [MARK[kind], MARK[kind]] : HTML[kind];
  const note = more > 0 ? ` (and ${more} more words)` : "";
  return `${spaceBefore ? " " : ""}${open}${inner}${close}${note}${spaceAfter || note ? " " : ""}`;
}

/** The unchanged text before a passage: its last few words, after "…" when there are more. */
function lead(text: string): string {
  const words = wordsOf(text);
  const shown = words.slice(-CONTEXT_WORDS).join(" ");
  return `${words.length > CONTEXT_WORDS ? "…" : ""}${escapeMarkdown(shown)}${/\s$/.test(text) && shown ? " " : ""}`;
}

/** The unchanged text after a passage: its first few words, then "…" when there are more. */
function trail(text: string): string {
  const words = wordsOf(text);
  const shown = words.slice(0, CONTEXT_WORDS).join(" ");
  return `${/^\s/.test(text) && shown ? " " : ""}${escapeMarkdown(shown)}${words.length > CONTEXT_WORDS ? "…" : ""}`;
}

/** Renders parts[start..end] (changes and the short unchanged text between them) with their context. */
function renderPassage(parts: Part[], start: number, end: number): string {
  let output = start > 0 ? lead(parts[start - 1]!.text) : "";
  for (let index = start; index <= end; index++) {
    const part = parts[index]!;
    if (part.kind === "same") {
      output += escapeMarkdown(part.text);
      continue;
    }
    // A removal then an addition: "~~turns~~ **converts**", a space between them.
    if (parts[index - 1]?.kind !== "same" && index > start) output += " ";
    const next = parts[index + 1];
    output += marked(part.kind, part.text, output.at(-1) ?? "", next?.kind === "same" ? next.text[0]! : " ");
  }
  if (end < parts.length - 1) output += trail(parts[end + 1]!.text);
  return output.replace(/\s+/g, " ").trim();
}

/** Where each passage starts and ends in `parts`: changes closer than twice the context are one passage. */
function passageRanges(parts: Part[]): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  parts.forEach((part, index) => {
    if (part.kind === "same") return;
    const last = ranges.at(-1);
    const between = parts[index - 1];
    const joined = last && (last[1] === index - 1 || (last[1] === index - 2 && wordsOf(between!.text).length <= 2 * CONTEXT_WORDS));
    if (last && joined) last[1] = index;
    else ranges.push([index, index]);
  });
  return ranges;
}

/** The changed passages of a line from `before` to `after`, as markdown; none when the words are the same. */
export function changedPassages(before: string, after: string): string[] {
  const parts: Part[] = diffWords(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
  return passageRanges(parts)
    .map(([start, end]) => renderPassage(parts, start, end))
    .filter((passage) => passage !== "");
}

/** A line that is only in the published version (removed) or only in this one (added), as one passage. */
export function wholeLine(kind: Changed, text: string): string {
  return marked(kind, text.trim(), "", "").trim();
}
