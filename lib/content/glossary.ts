/**
 * The glossary, content/glossary/<slug>.md: one term per file, its front matter only. Read and validated like any
 * page, then checked as a whole: no two terms share a name, an abbreviation or a spelling (search could not tell
 * which one a reader meant), and every definition and every role's other title names a source that says it.
 */
import fs from "node:fs";
import path from "node:path";
import type { CheckedFile } from "./checked-file";
import type { ContentProblem } from "./problems";
import { projectPath, readFile, type ParsedFile } from "./read-files";
import { glossaryTermSchema, type GlossaryTermFrontMatter, type RoleFrontMatter } from "./schema";
import { validate } from "./validate";
import { fieldLine as lineOf } from "./yaml-lines";

export type GlossaryFile = ParsedFile<GlossaryTermFrontMatter>;

/** Reads and validates each term file; a body is an error (the definition is a field). */
export function readGlossary(files: string[], projectRoot: string, problems: ContentProblem[]): GlossaryFile[] {
  const terms: GlossaryFile[] = [];
  for (const absolute of files) {
    const parsed = readFile(absolute, projectPath(projectRoot, absolute), problems);
    const data = parsed && validate(glossaryTermSchema, parsed, problems);
    if (!parsed || !data) continue;
    if (parsed.body.trim() !== "") {
      problems.push({
        file: parsed.file,
        line: parsed.bodyFirstLine,
        field: "body",
        message: "a glossary term has no text after its front matter",
        hint: "put the term's explanation in `definition`, between the two --- lines, and delete the text after them",
      });
      continue;
    }
    terms.push({ ...parsed, data, links: [] });
  }
  return terms;
}

/**
 * Text compared as readers read it: any run of spaces or line breaks is one space, capitals and compatibility forms
 * do not count. The key of a term's form (no two terms share one), and how a quote is found in its source.
 */
const squash = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** No two terms share a name, abbreviation or spelling; a term does not list the same form twice. */
export function checkGlossaryForms(terms: GlossaryFile[], problems: ContentProblem[]): void {
  const owners = new Map<string, GlossaryFile>();
  for (const term of terms) {
    const forms: [string, (string | number)[]][] = [
      [term.data.name, ["name"]],
      ...term.data.abbreviations.map((form, index): [string, (string | number)[]] => [form, ["abbreviations", index]]),
      ...term.data.spellings.map((form, index): [string, (string | number)[]] => [form, ["spellings", index]]),
    ];
    const own = new Set<string>();
    for (const [form, fieldPath] of forms) {
      const key = squash(form);
      const owner = owners.get(key);
      const where = { file: term.file, line: lineOf(term, fieldPath), field: fieldPath.join(".") };
      if (own.has(key)) {
        problems.push({ ...where, message: `"${form}" is listed twice for this term`, hint: "delete this line" });
      } else if (owner) {
        problems.push({
          ...where,
          message: `"${form}" is a form of another term too (${owner.file})`,
          hint: "a name, abbreviation or spelling belongs to one term, so search knows which one a reader means: keep it in one file",
        });
      }
      own.add(key);
      if (!owner) owners.set(key, term);
    }
  }
}

/** A fact and where it says it comes from. */
interface SourcedFact {
  item: Pick<CheckedFile, "file" | "frontMatter">;
  /** The field path of the fact's `source`; its `quote` is beside it. */
  at: (string | number)[];
  source: string;
  quote: string;
}

/** The sourced facts of the glossary's terms and of the roles' other titles. */
export function sourcedFacts(
  terms: GlossaryFile[],
  roles: { file: string; frontMatter: string; data: Pick<RoleFrontMatter, "alsoKnownAs"> }[],
): SourcedFact[] {
  return [
    ...terms.map((term) => ({ item: term, at: [], source: term.data.source, quote: term.data.quote })),
    ...roles.flatMap((role) =>
      role.data.alsoKnownAs.map((title, index) => ({ item: role, at: ["alsoKnownAs", index], source: title.source, quote: title.quote })),
    ),
  ];
}

/** Every fact's source is a file in content/sources/, and its quote is in it. */
export function checkSources(facts: SourcedFact[], contentDir: string, projectRoot: string, problems: ContentProblem[]): void {
  const dir = path.join(contentDir, "sources");
  const texts = new Map<string, string | undefined>();
  const textOf = (name: string) => {
    if (!texts.has(name)) {
      const file = path.join(dir, name);
      texts.set(name, fs.existsSync(file) && fs.statSync(file).isFile() ? squash(fs.readFileSync(file, "utf8")) : undefined);
    }
    return texts.get(name);
  };
  const folder = projectPath(projectRoot, dir);
  for (const { item, at, source, quote } of facts) {
    const text = textOf(source);
    if (text === undefined) {
      const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
      problems.push({
        file: item.file,
        line: lineOf(item, [...at, "source"]),
        field: [...at, "source"].join("."),
        message: `there is no file "${source}" in ${folder}/`,
        hint: names.length > 0 ? `name one of ${names.join(", ")}, or add the source there first` : `add the source to ${folder}/ first`,
      });
    } else if (!text.includes(squash(quote))) {
      problems.push({
        file: item.file,
        line: lineOf(item, [...at, "quote"]),
        field: [...at, "quote"].join("."),
        message: `these words are not in ${folder}/${source}`,
        hint: "copy the words that state the fact from the source exactly (line breaks and capitals do not matter); a fact no source states does not belong in the guide",
      });
    }
  }
}
