/** `npm run content:schemas`: writes content/schemas/*.schema.json from the zod schemas. */
import fs from "node:fs";
import path from "node:path";
import { contentJsonSchemas } from "./json-schema";

const dir = path.join(process.cwd(), "content", "schemas");
fs.mkdirSync(dir, { recursive: true });
for (const [kind, schema] of Object.entries(contentJsonSchemas())) {
  fs.writeFileSync(path.join(dir, `${kind}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`Wrote ${Object.keys(contentJsonSchemas()).length} schemas to content/schemas/`);
