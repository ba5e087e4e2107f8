import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * An exclusive lock on the embedded store's folder, so that only one process ever opens it.
 *
 * Why: PGlite has no lock of its own. Measured here, a second process that opens the same folder while the
 * first writes reads garbage, and from then on the database aborts on every open: it is lost. So the embedded
 * store takes this lock before PGlite touches the folder, and a second process refuses the store with a clear
 * message instead.
 *
 * How: a lock file created with O_EXCL (`wx`) holding the holder's process id, the kernel's start time of that
 * process (so a recycled process id is not mistaken for the holder) and the host name. A holder that died, even
 * by `kill -9`, leaves the file behind but no process: the next start sees that and takes the lock over, so a
 * crash never blocks a restart. Taking over is guarded by a second, short-lived lock (a folder made with
 * mkdir, which is atomic), so two processes starting together after a crash cannot both win.
 */

export const LOCK_FILE = "store.lock";

export interface LockHolder {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/PID/stat field 22), where Linux gives it. */
  started: string | null;
  hostname: string;
  since: string;
}

export class StoreLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      `The feedback store in ${path.dirname(lockFile)} is in use by another process` +
        (holder ? ` (process ${holder.pid} on ${holder.hostname}, since ${holder.since})` : "") +
        ". The embedded store (PGlite) serves one process only: stop the other process first, or give each process " +
        "its own DATA_DIR, or set DATABASE_URL so that several processes share a PostgreSQL server. " +
        `If you are sure no process uses it, delete ${lockFile}.`,
    );
    this.name = "StoreLockedError";
  }
}

/** The start time of a process in clock ticks since boot, or null where /proc does not tell. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null; // field 22 overall
  } catch {
    return null;
  }
}

/** Whether the process that wrote the lock is still running. A holder on another host is assumed alive. */
export function holderIsAlive(holder: LockHolder): boolean {
  if (holder.hostname !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (holder.started === null) return true;
  const started = processStartTime(holder.pid);
  return started === null || started === holder.started;
}

function readHolder(file: string): LockHolder | null | "missing" {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  try {
    const value = JSON.parse(text) as LockHolder;
    return typeof value.pid === "number" ? value : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A lock file being written right now can be empty for an instant; one this old that is unreadable is debris. */
const UNREADABLE_GRACE_MS = 5_000;
/** A take-over guard older than this was left by a process that died while taking over. */
const GUARD_STALE_MS = 10_000;

export interface DirectoryLock {
  file: string;
  release(): void;
}

/** Takes the lock on `dir` (created if missing) or throws StoreLockedError. Synchronous, so it is quick to reason about. */
export function acquireDirectoryLock(dir: string): DirectoryLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(/*turbopackIgnore: true*/ dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    started: processStartTime(process.pid),
    hostname: os.hostname(),
    since: new Date().toISOString(),
  };
  const mine = JSON.stringify(me);

  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: "wx" });
      return lockOf(file, mine);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    if (holder === "missing") continue;
    if (holder === null) {
      const age = Date.now() - fileTime(file);
      if (age < UNREADABLE_GRACE_MS) {
        sleep(50);
        continue;
      }
    } else if (holderIsAlive(holder)) {
      throw new StoreLockedError(file, holder);
    }
    takeOverStale(file, holder);
  }
  throw new StoreLockedError(file, null);
}

function fileTime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** Removes a dead holder's lock file, unless another process replaced it meanwhile. */
function takeOverStale(file: string, stale: LockHolder | null) {
  const guard = `${file}.takeover`;
  try {
    fs.mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (Date.now() - fileTime(guard) > GUARD_STALE_MS) fs.rmSync(guard, { recursive: true, force: true });
    else sleep(20);
    return; // the caller tries again
  }
  try {
    const now = readHolder(file);
    const same = now !== "missing" && JSON.stringify(now) === JSON.stringify(stale);
    if (same) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { recursive: true, force: true });
  }
}

function lockOf(file: string, mine: string): DirectoryLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    try {
      if (fs.readFileSync(file, "utf8") === mine) fs.rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
  process.on("exit", release);
  return { file, release };
}
