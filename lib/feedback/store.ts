import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { acquireDirectoryLock, type DirectoryLock } from "./lock";
import { feedback } from "./schema";

/**
 * The one place the site writes: readers' answers. Two stores behind one interface, with one schema
 * (lib/feedback/schema.ts) and one set of versioned migrations (lib/feedback/migrations), applied on open:
 * - embedded (the default): PGlite, an in-process PostgreSQL, in DATA_DIR (default `data/`). One process only:
 *   the folder is locked (lib/feedback/lock.ts) and a second process is refused.
 * - postgres: a PostgreSQL server at DATABASE_URL, through a pool, shared by any number of processes.
 * An add() resolves only once the row is committed, so a reader is thanked only for a stored answer.
 */

export interface Answer {
  /** The content page's path, e.g. `/roles/clinical-coder`. */
  page: string;
  /** Yes (true) or No (false) to "Is this page useful?"; null for a problem report. */
  useful: boolean | null;
  whatDoing: string | null;
  whatWrong: string | null;
  /** Sent by the page's script (true) or by the plain HTML form (false). */
  javascript: boolean;
}

export interface StoredAnswer extends Answer {
  id: number;
  createdAt: Date;
}

export interface PageCounts {
  page: string;
  yes: number;
  no: number;
}

export type StoreConfig =
  | { kind: "embedded"; dataDir: string }
  | { kind: "postgres"; url: string; poolSize: number };

export interface FeedbackStore {
  readonly config: StoreConfig;
  /** Where the answers are, for messages: a folder or a server (never the password). */
  readonly description: string;
  /** The pg pool, for the rate limiter's shared counters; absent for the embedded store. */
  readonly pool?: pg.Pool;
  add(answer: Answer, createdAt?: Date): Promise<void>;
  /** Every answer, oldest first. */
  all(): Promise<StoredAnswer[]>;
  /** Yes and No counts per page, for answers since `since` (all time when absent). */
  usefulCounts(since?: Date): Promise<PageCounts[]>;
  /** Problem reports per page, since `since` (all time when absent). */
  problemCounts(since?: Date): Promise<Array<{ page: string; count: number }>>;
  /** Problem reports, newest first, of one page or all, at most `limit`. */
  problemReports(options: { page?: string; limit: number }): Promise<StoredAnswer[]>;
  /** Deletes answers older than `before`; returns how many. */
  deleteOlderThan(before: Date): Promise<number>;
  /** Resolves when the database answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

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

/** The migrations folder. Read at run time from the project (or standalone) folder, which the build traces in. */
export function migrationsFolder(): string {
  return path.join(process.cwd(), "lib", "feedback", "migrations");
}

export async function openStore(config: StoreConfig): Promise<FeedbackStore> {
  return config.kind === "embedded" ? openEmbedded(config) : openPostgres(config);
}

function rowToAnswer(row: typeof feedback.$inferSelect): StoredAnswer {
  return {
    id: row.id,
    page: row.page,
    useful: row.useful,
    whatDoing: row.whatDoing,
    whatWrong: row.whatWrong,
    javascript: row.javascript,
    createdAt: row.createdAt,
  };
}

type Queries = Pick<FeedbackStore, "add" | "all" | "usefulCounts" | "problemCounts" | "problemReports" | "deleteOlderThan">;

/** The queries both stores share: Drizzle's PGlite and node-postgres databases are the same PgDatabase. */
function queries(db: PgDatabase<PgQueryResultHKT>): Queries {
  return {
    async add(answer, createdAt) {
      await db.insert(feedback).values({ ...answer, ...(createdAt ? { createdAt } : {}) });
    },
    async all() {
      return (await db.select().from(feedback).orderBy(asc(feedback.createdAt), asc(feedback.id))).map(rowToAnswer);
    },
    async usefulCounts(since) {
      return db
        .select({
          page: feedback.page,
          yes: sql<number>`count(*) filter (where ${feedback.useful})`.mapWith(Number),
          no: sql<number>`count(*) filter (where not ${feedback.useful})`.mapWith(Number),
        })
        .from(feedback)
        .where(and(isNotNull(feedback.useful), since ? gte(feedback.createdAt, since) : undefined))
        .groupBy(feedback.page)
        .orderBy(asc(feedback.page));
    },
    async problemCounts(since) {
      return db
        .select({ page: feedback.page, count: sql<number>`count(*)`.mapWith(Number) })
        .from(feedback)
        .where(and(isNull(feedback.useful), since ? gte(feedback.createdAt, since) : undefined))
        .groupBy(feedback.page)
        .orderBy(asc(feedback.page));
    },
    async problemReports({ page, limit }) {
      const rows = await db
        .select()
        .from(feedback)
        .where(and(isNull(feedback.useful), page ? eq(feedback.page, page) : undefined))
        .orderBy(desc(feedback.createdAt), desc(feedback.id))
        .limit(limit);
      return rows.map(rowToAnswer);
    },
    async deleteOlderThan(before) {
      const deleted = await db.delete(feedback).where(lt(feedback.createdAt, before)).returning({ id: feedback.id });
      return deleted.length;
    },
  };
}

async function openEmbedded(config: Extract<StoreConfig, { kind: "embedded" }>): Promise<FeedbackStore> {
  // The lock comes first: PGlite must never open a folder another process has open.
  const lock: DirectoryLock = acquireDirectoryLock(config.dataDir);
  let client: PGlite | undefined;
  try {
    client = new PGlite(path.join(/*turbopackIgnore: true*/ config.dataDir, "pglite"));
    await client.waitReady;
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    const opened = client;
    let closed = false;
    return {
      config,
      description: `the embedded store in ${config.dataDir}`,
      ...queries(db),
      async ping() {
        if (closed) throw new Error("The feedback store is closed");
        await opened.query("select 1");
      },
      async close() {
        if (closed) return;
        closed = true;
        try {
          await opened.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    lock.release();
    throw new Error(
      `Could not open the embedded feedback store in ${config.dataDir}: ${(error as Error).message}. ` +
        "If the folder was damaged, restore it from a backup (docs/operating.md, \"Backups\").",
      { cause: error },
    );
  }
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
