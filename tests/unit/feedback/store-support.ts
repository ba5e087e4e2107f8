/** What the tests of the feedback store (lib/feedback/store.ts) share: answers, and databases of their own. */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Answer } from "@/lib/feedback/store";

export const MIGRATIONS = (
  JSON.parse(fs.readFileSync(path.resolve("lib/feedback/migrations/meta/_journal.json"), "utf8")) as { entries: unknown[] }
).entries.length;

/** Opening a fresh PGlite folder takes seconds (it runs initdb in WebAssembly). */
export const SLOW_OPEN_MS = 60_000;

export const answer = (fields: Partial<Answer>): Answer => ({
  page: "/test-page",
  useful: null,
  whatDoing: null,
  whatWrong: null,
  javascript: false,
  ...fields,
});

/** The error's message with its causes' (drizzle wraps the database's error). */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) parts.push(current.message);
  return parts.join(" / ");
}

/** A brand-new database on the test server, dropped by drop(). */
export async function createDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `careers_mig_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function queryPostgres<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
