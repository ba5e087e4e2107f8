import { defineConfig } from "drizzle-kit";

/** `npm run db:generate` writes a new migration after lib/feedback/schema.ts changes. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/feedback/schema.ts",
  out: "./lib/feedback/migrations",
});
