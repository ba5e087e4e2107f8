// Vitest global setup: starts one throw-away PostgreSQL server for the whole test run
// (or uses TEST_DATABASE_URL) and hands its URL to the tests:
//
//   import { inject } from "vitest";
//   const url = inject("databaseUrl"); // "" when skipped; inject("databaseSkipReason") says why
//
// Without PostgreSQL installed the PostgreSQL tests are skipped, except in CI, where
// they must run.
import type { TestProject } from "vitest/node";
import { findPostgresBinDir, startThrowawayPostgres } from "../../scripts/harness/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseSkipReason: string;
  }
}

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const startedAt = performance.now();
  const server = await startThrowawayPostgres();

  if ("skipped" in server) {
    if (process.env.CI) throw new Error(`CI is set, so the PostgreSQL store tests must run, not be skipped: ${server.skipped}`);
    provide("databaseUrl", "");
    provide("databaseSkipReason", server.skipped);
    process.stdout.write(`PostgreSQL: ${server.skipped}\n`);
    return async () => {};
  }

  provide("databaseUrl", server.url);
  provide("databaseSkipReason", "");
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(
    process.env.TEST_DATABASE_URL
      ? `PostgreSQL: using TEST_DATABASE_URL (${redact(server.url)})\n`
      : `PostgreSQL: throw-away server from ${findPostgresBinDir()} at ${server.url}, started in ${seconds}s\n`,
  );
  return () => server.stop();
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}
