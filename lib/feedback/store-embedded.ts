import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { acquireDirectoryLock, StoreLockLostError, type LockOptions } from "./lock";
import { guarded, migrationsFolder, queries } from "./store-queries";
import type { FeedbackStore, StoreConfig } from "./store-types";

/**
 * The embedded store (lib/feedback/store.ts): PGlite in DATA_DIR, behind the folder's lock (lib/feedback/lock.ts).
 * Every query first checks that the lock is still this process's; once it is not (another process took it over
 * after this one froze for longer than the lock's stale limit, or someone deleted the file), every query and
 * ping is refused and PGlite is never closed (closing writes to the folder, which the other process now has
 * open): the process answers 503 until it is restarted, and the folder is not damaged.
 */
export async function openEmbedded(
  config: Extract<StoreConfig, { kind: "embedded" }>,
  lockOptions: LockOptions = {},
): Promise<FeedbackStore> {
  let lostBecause: string | undefined;
  // The lock comes first: PGlite must never open a folder another process has open.
  const lock = acquireDirectoryLock(config.dataDir, {
    ...lockOptions,
    onLost(reason) {
      lostBecause = reason;
      console.error(`Feedback: ${new StoreLockLostError(config.dataDir, reason).message}`);
      lockOptions.onLost?.(reason);
    },
  });
  let client: PGlite | undefined;
  try {
    client = new PGlite(path.join(/*turbopackIgnore: true*/ config.dataDir, "pglite"));
    await client.waitReady;
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    const opened = client;
    let closed = false;
    const check = () => {
      if (closed) throw new Error("The feedback store is closed");
      if (!lock.held()) throw new StoreLockLostError(config.dataDir, lostBecause ?? "its lock file changed");
    };
    return {
      config,
      description: `the embedded store in ${config.dataDir}`,
      ...guarded(queries(db), check),
      async ping() {
        check();
        await opened.query("select 1");
      },
      async close() {
        if (closed) return;
        closed = true;
        // Lost: PGlite is left as it is (closing it would write to a folder another process has open).
        if (!lock.held()) return lock.release();
        try {
          await opened.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    if (lock.held()) await client?.close().catch(() => {});
    lock.release();
    throw new Error(
      `Could not open the embedded feedback store in ${config.dataDir}: ${(error as Error).message}. ` +
        "If the folder was damaged, restore it from a backup (docs/operating.md, \"Backups\").",
      { cause: error },
    );
  }
}
