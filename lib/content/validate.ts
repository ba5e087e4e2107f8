/**
 * Validating a file's front matter against its schema (schema.ts), with one problem per issue, each naming its
 * field and line, and a "did you mean" for an unknown field, found by looking inside the schema.
 */
import type { z } from "zod";
import { closest, type ContentProblem } from "./problems";
import type { RawFile } from "./read-files";
import { findFieldLine } from "./yaml-lines";

/** The field names of the object that `fieldPath` leads to inside `schema` (list indexes pass through lists). */
function fieldsAt(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (type: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let inner = type;
    while (inner && (inner._zod.def.type === "default" || inner._zod.def.type === "optional")) {
      inner = (inner._zod.def as z.core.$ZodOptionalDef).innerType;
    }
    return inner;
  };
  for (const key of fieldPath) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def;
    if (typeof key === "number" && def.type === "array") current = (def as z.core.$ZodArrayDef).element;
    else if (typeof key === "string" && def.type === "object") current = (def as z.core.$ZodObjectDef).shape[key];
    else return [];
  }
  current = unwrap(current);
  return current && current._zod.def.type === "object" ? Object.keys((current._zod.def as z.core.$ZodObjectDef).shape) : [];
}

function valueAt(value: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of fieldPath) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validates front matter against its schema; one problem per issue, each naming its field. */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: RawFile,
  problems: ContentProblem[],
): z.output<S> | undefined {
  const raw = parsed.raw;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || Object.keys(raw).length === 0) {
    problems.push({
      file: parsed.file,
      line: 1,
      field: "front matter",
      message: "expected fields such as `title: ...` between the two --- lines",
    });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lineOf = (fieldPath: readonly PropertyKey[]) => findFieldLine(parsed.frontMatter, fieldPath, 1);
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const fieldPath = [...issue.path, key];
        const shape = fieldsAt(schema, issue.path);
        const suggestion = closest(key, shape);
        problems.push({
          file: parsed.file,
          line: lineOf(fieldPath),
          field: fieldPath.map(String).join("."),
          message: "unknown field",
          hint: suggestion ? `did you mean \`${suggestion}\`?` : `remove it; the fields are ${shape.join(", ")}`,
        });
      }
      continue;
    }
    const field = issue.path.length ? issue.path.map(String).join(".") : "front matter";
    const missing = issue.path.length > 0 && valueAt(raw, issue.path) === undefined;
    problems.push({
      file: parsed.file,
      line: lineOf(issue.path) ?? 1,
      field,
      message: issue.message,
      hint: missing ? `the field is missing: add a line "${String(issue.path.at(-1))}: ..."` : undefined,
    });
  }
  return undefined;
}
