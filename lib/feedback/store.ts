import path from "node:path";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { openEmbedded } from "./store-embedded";
import { migrationsFolder, queries } from "./store-queries";
import type { FeedbackStore, StoreConfig } from "./store-types";

export type { Answer, FeedbackStore, PageCounts, SearchMissCount, SearchMissDay, StoreConfig, StoredAnswer } from "./store-types";
export { migrationsFolder } from "./store-queries";

/**
 * The one place the site writes: readers' answers. Two stores behind one interface (lib/feedback/store-types.ts),
 * with one schema (lib/feedback/schema.ts), one set of queries (lib/feedback/store-queries.ts) and one set of
 * versioned migrations (lib/feedback/migrations), applied on open:
 * - embedded (the default): PGlite, an in-process PostgreSQL, in DATA_DIR (default `data/`). One process only:
 *   the folder is locked (lib/feedback/lock.ts) and a second process is refused (lib/feedback/store-embedded.ts).
 * - postgres: a PostgreSQL server at DATABASE_URL, through a pool, shared by any number of processes.
 * An add() resolves only once the row is committed, so a reader is thanked only for a stored answer.
 */

/** The store the environment asks for: DATABASE_URL if set, else PGlite in DATA_DIR (default `data`). */
export function storeConfigFromEnv(env: Record<string, string | undefined> = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL: expected an address such as postgres://user:password@host:5432/careers, got "${redactUrl(url)}"`);
    }
    const poolSize = Number(env.DATABASE_POOL_SIZE?.trim() || 10);
    if (!Number.isInteger(poolSize) || poolSize < 1) {
      throw new Error(`DATABASE_POOL_SIZE: expected a whole number of connections, 1 or more, got "${env.DATABASE_POOL_SIZE}"`);
    }
    return { kind: "postgres", url, poolSize };
  }
  // turbopackIgnore: the folder is chosen at run time and holds data, not code the build should trace.
  return { kind: "embedded", dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR?.trim() || "data") };
}

/** A database address without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    // Without "//" there is no user:password part: "user:secret@host/db" (the scheme forgotten) parses as the
    // scheme "user:" and a path holding the password.
    if (!parsed.host) return "(an address that could not be read)";
    if (parsed.password) parsed.password = "****";
    if (parsed.searchParams.has("password")) parsed.searchParams.set("password", "****");
    return parsed.href;
  } catch {
    return "(an address that could not be read)";
  }
}

export async function openStore(config: StoreConfig): Promise<FeedbackStore> {
  return config.kind === "embedded" ? openEmbedded(config) : openPostgres(config);
}

/** Any fixed number: every process that migrates takes this PostgreSQL advisory lock first. */
const MIGRATION_LOCK = 4_215_660_821;

async function openPostgres(config: Extract<StoreConfig, { kind: "postgres" }>): Promise<FeedbackStore> {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    query_timeout: 10_000,
    application_name: "careers-guide",
  });
  // An idle client whose server went away emits "error"; without a listener that would end the process.
  pool.on("error", (error) => console.error(`Feedback store (PostgreSQL): ${error.message}`));
  try {
    // Two processes starting at once: the second waits for the first's migrations, then finds nothing to do.
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      try {
        await migratePostgres(drizzlePostgres(client), { migrationsFolder: migrationsFolder() });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`Could not open the feedback store at ${redactUrl(config.url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const db = drizzlePostgres(pool);
  let closed = false;
  return {
    config,
    description: `the PostgreSQL database at ${redactUrl(config.url)}`,
    pool,
    ...queries(db),
    async ping() {
      await pool.query("select 1");
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
