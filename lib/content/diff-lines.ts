/**
 * A page's shown words (shown-words.ts) as lines an editor reads, for `npm run content:diff`: one line per field
 * ("Summary: …", "Skills: a; b; c", "Standard 1: ICD-10 — codes for diagnoses", "Path pattern 1: from … to … —
 * …") and one per paragraph, heading or list item of the body, labelled with its section; then the changed
 * passages between a page's published lines and its lines now (diff-words.ts).
 */
import { diffArrays } from "diff";
import { changedPassages, escapeMarkdown, wholeLine } from "./diff-words";

/** One line of a page: `key` says what it is (a field, or the body), `label` names it for readers. */
export interface Line {
  key: string;
  label: string;
  text: string;
}

/** Fields in the order a page shows them, with their names; any other field follows, named from its key. */
const LABELS: Record<string, string> = {
  title: "Title",
  name: "Name",
  industry: "Industry",
  summary: "Summary",
  workplaces: "Workplaces",
  skills: "Skills",
  standards: "Standard",
  qualifications: "Qualification",
  specialisms: "Specialisms",
  pathPatterns: "Path pattern",
  roles: "Roles",
};

/** "pathPatterns" → "Path patterns": a field the schemas gain later still gets a readable name. */
const labelOf = (key: string) => {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return LABELS[key] ?? `${spaced.charAt(0).toUpperCase()}${spaced.slice(1)}`;
};

const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
const isText = (value: unknown): value is string | number | boolean => ["string", "number", "boolean"].includes(typeof value);

/** The keys a known kind of item is written with, and how; its other keys (a later field) follow generically. */
const ITEMS: Record<string, { keys: string[]; write: (item: Record<string, unknown>) => string }> = {
  pathPatterns: { keys: ["from", "to", "description"], write: (item) => `from ${item.from} to ${item.to} — ${item.description}` },
  standards: { keys: ["name", "use"], write: (item) => `${item.name}${item.use ? ` — ${item.use}` : ""}` },
  qualifications: {
    keys: ["name", "abbreviation", "kind"],
    write: (item) => [`${item.name}${item.abbreviation ? ` (${item.abbreviation})` : ""}`, item.kind].filter(Boolean).join(", "),
  },
};

/** A value as words: text as it is, a list joined with "; ", an object as "Key: value" pairs. */
function textOf(value: unknown, field = ""): string {
  if (isText(value)) return String(value);
  if (Array.isArray(value)) return value.map((item) => textOf(item)).join("; ");
  if (value === null || typeof value !== "object") return "";
  const item = value as Record<string, unknown>;
  const known = ITEMS[field];
  const written = known && known.keys.every((key) => item[key] === undefined || isText(item[key])) ? known : undefined;
  const rest = Object.entries(item)
    .filter(([key]) => !written?.keys.includes(key))
    .map(([key, entry]) => `${labelOf(key)}: ${textOf(entry)}`);
  return [written?.write(item), ...rest].filter(Boolean).join("; ");
}

/** A field's lines: a list of objects one line per item ("Standard 1: …"), anything else one line. */
function fieldLines(key: string, value: unknown): Line[] {
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === "object")) {
    return value.map((item, index) => ({ key, label: `${labelOf(key)} ${index + 1}`, text: squash(textOf(item, key)) }));
  }
  const text = squash(textOf(value, key));
  return text ? [{ key, label: labelOf(key), text }] : [];
}

/** A list item or a heading starts a line of its own; other line breaks in a paragraph are only wrapping. */
const OWN_LINE = /\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t]|[ \t]*#{1,6}[ \t])/;

/** The body's paragraphs, headings and list items, each labelled with the heading it is under. */
function bodyLines(body: string): Line[] {
  let section = "Body";
  const lines: Line[] = [];
  for (const block of body.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    for (const piece of block.split(OWN_LINE)) {
      const text = squash(piece);
      if (!text) continue;
      const heading = /^#{1,6}\s+(.*)$/.exec(text);
      lines.push({ key: "body", label: heading ? "Heading" : section, text });
      if (heading) section = heading[1]!.replace(/\s+#+$/, "");
    }
  }
  return lines;
}

/** A page's shown fields (as `shownWords` writes them) and its markdown body, as lines. */
export function readableLines(fields: Record<string, unknown>, body: string): Line[] {
  const order = Object.keys(LABELS);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(fields).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return [...keys.flatMap((key) => fieldLines(key, fields[key])), ...bodyLines(body)];
}

const passage = (line: Line, text: string) => `${escapeMarkdown(line.label)}: ${text}`;

/**
 * The changed passages from the published lines to the lines now, in page order, each after its line's label.
 * Unchanged lines are matched first (jsdiff's diffArrays); between them, a removed line and an added line of the
 * same field (or both of the body) are one changed line, diffed word by word; the others are removed or added whole.
 */
export function changedLines(before: Line[], after: Line[]): string[] {
  const passages: string[] = [];
  let removed: Line[] = [];
  const flush = (added: Line[]) => {
    const pairs = new Map<Line, Line>();
    for (const old of removed) {
      const match = added.find((line) => line.key === old.key && !pairs.has(line));
      if (match) pairs.set(match, old);
    }
    const paired = new Set(pairs.values());
    for (const old of removed) if (!paired.has(old)) passages.push(passage(old, wholeLine("removed", old.text)));
    for (const line of added) {
      const old = pairs.get(line);
      if (old) passages.push(...changedPassages(old.text, line.text).map((text) => passage(line, text)));
      else passages.push(passage(line, wholeLine("added", line.text)));
    }
    removed = [];
  };
  const same = (a: Line, b: Line) => a.key === b.key && a.text === b.text;
  for (const change of diffArrays(before, after, { comparator: same })) {
    if (change.removed) removed.push(...change.value);
    else flush(change.added ? change.value : []);
  }
  flush([]);
  return passages;
}
