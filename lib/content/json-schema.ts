import { z } from "zod";
import { DATE_MESSAGE, glossaryTermSchema, industrySchema, roleSchema } from "./schema";

/**
 * JSON Schemas for editors' tools (for example a YAML language server), generated from the zod schemas so the
 * two can never disagree. `npm run content:schemas` writes them to content/schemas/; a test keeps them in step.
 */
function toJsonSchema(schema: z.ZodType, title: string, description: string) {
  const json = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      // YAML writes a date unquoted (read as a Date) or quoted (a string): both are a YYYY-MM-DD day to editors.
      const def = (zodSchema as z.core.$ZodType)._zod.def;
      const isDay =
        def.type === "union" && (def as z.core.$ZodUnionDef).options.some((option) => option._zod.def.type === "date");
      if (isDay) {
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
        Object.assign(jsonSchema, { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
      }
    },
  });
  return { ...json, title, description };
}

export function contentJsonSchemas(): Record<"industry" | "role" | "glossary-term", object> {
  return {
    industry: toJsonSchema(
      industrySchema,
      "Industry",
      "Front matter of content/industries/<slug>.md. The markdown body after it is the industry's big picture.",
    ),
    role: toJsonSchema(
      roleSchema,
      "Role",
      `Front matter of content/roles/<slug>.md. Dates: ${DATE_MESSAGE}.`,
    ),
    "glossary-term": toJsonSchema(
      glossaryTermSchema,
      "Glossary term",
      `Front matter of content/glossary/<slug>.md, the whole file: the term at /glossary#<slug>. Dates: ${DATE_MESSAGE}.`,
    ),
  };
}
