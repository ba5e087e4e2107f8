import fs from "node:fs";
import path from "node:path";
import {
  currentHolder,
  describeHolder,
  judgeLock,
  LOCK_REFRESH_MS,
  LOCK_STALE_MS,
  readHolder,
  type LockHolder,
  type LockVerdict,
} from "./lock-holder";

export { LOCK_REFRESH_MS, LOCK_STALE_MS, judgeLock, pidNamespace, processStartTime, type LockHolder } from "./lock-holder";

/**
 * An exclusive lock on the embedded store's folder, so that only one process ever opens it.
 *
 * Why: PGlite has no lock of its own. Measured here, a second process that opens the same folder while the
 * first writes reads garbage, and from then on the database aborts on every open: it is lost. So the embedded
 * store takes this lock before PGlite touches the folder, and a second process refuses the store with a clear
 * message instead.
 *
 * How: a lock file created with O_EXCL (`wx`) naming its holder (lib/feedback/lock-holder.ts), whose time the
 * holder refreshes every 5 s (a heartbeat, as proper-lockfile keeps one). A lock not refreshed for 30 s is stale
 * and taken over, whatever host wrote it, so a holder killed in a container that came back under another host
 * name never blocks the store for good; a fresh lock is never taken, so two containers sharing a volume and a host
 * name cannot take it from each other. A holder that finds its lock file is no longer its own (taken after it
 * froze for 30 s, or deleted) says so through `onLost` and `held()` answers false: the store then stops writing
 * rather than damage the folder another process now has open. Taking over is guarded by a second, short-lived
 * lock (a folder made with mkdir, which is atomic), so two processes starting together cannot both win.
 */

export const LOCK_FILE = "store.lock";

export class StoreLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | null,
    /** How long ago the lock file was last refreshed, when known. */
    readonly ageMs?: number,
    readonly staleMs: number = LOCK_STALE_MS,
  ) {
    super(
      `The feedback store in ${path.dirname(lockFile)} is in use by another process` +
        (holder ? ` (${describeHolder(holder)})` : "") +
        ". The embedded store (PGlite) serves one process only: stop the other process first, or give each process " +
        "its own DATA_DIR, or set DATABASE_URL so that several processes share a PostgreSQL server." +
        takeOverNote(ageMs, staleMs) +
        ` If you are sure no process uses it, delete ${lockFile}.`,
    );
    this.name = "StoreLockedError";
  }
}

function takeOverNote(ageMs: number | undefined, staleMs: number): string {
  if (ageMs === undefined) return "";
  const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s`;
  return (
    ` Its lock was last refreshed ${seconds(ageMs)} ago; a lock not refreshed for ${seconds(staleMs)} is taken over, ` +
    `so if that process has stopped, this one takes the store over in about ${seconds(staleMs - ageMs)}.`
  );
}

/** The holder found its lock file replaced or gone: it must not touch the store any more. */
export class StoreLockLostError extends Error {
  constructor(readonly dir: string, readonly reason: string) {
    super(
      `The lock on the feedback store in ${dir} is no longer this process's (${reason}), so this process stopped ` +
        "using the store rather than damage it. Feedback answers 503 here until this process is restarted.",
    );
    this.name = "StoreLockLostError";
  }
}

export interface LockOptions {
  /** The clock (milliseconds since the epoch); tests pass a fake one. */
  now?: () => number;
  /** A file's time in milliseconds since the epoch, or null when it is missing; tests pass a fake one. */
  fileTime?: (file: string) => number | null;
  refreshMs?: number;
  staleMs?: number;
  /** Called once if the lock file stops being this holder's (with why, for the log). */
  onLost?: (reason: string) => void;
}

export interface DirectoryLock {
  file: string;
  /** Whether the lock file is still this holder's (read from the disk now). False once released or lost. */
  held(): boolean;
  release(): void;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A lock file being written right now can be empty for an instant; one this old that is unreadable is debris. */
const UNREADABLE_GRACE_MS = 5_000;
/** A take-over guard older than this was left by a process that died while taking over. */
const GUARD_STALE_MS = 10_000;

interface Clock {
  now: () => number;
  fileTime: (file: string) => number | null;
  staleMs: number;
}

function statTime(file: string): number | null {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

const touch = (file: string, at: number) => fs.utimesSync(file, at / 1000, at / 1000);

/** Takes the lock on `dir` (created if missing) or throws StoreLockedError. Synchronous, so it is quick to reason about. */
export function acquireDirectoryLock(dir: string, options: LockOptions = {}): DirectoryLock {
  const clock: Clock = { now: options.now ?? Date.now, fileTime: options.fileTime ?? statTime, staleMs: options.staleMs ?? LOCK_STALE_MS };
  const refreshMs = options.refreshMs ?? LOCK_REFRESH_MS;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(/*turbopackIgnore: true*/ dir, LOCK_FILE);
  const me = currentHolder(refreshMs, clock.now());
  const mine = JSON.stringify(me);

  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: "wx" });
      touch(file, clock.now());
      return holdLock(file, mine, clock, refreshMs, options.onLost);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const found = examine(file, me, clock);
    if (found === "missing") continue;
    if (found === "wait") {
      sleep(50);
      continue;
    }
    if (found.verdict === "held") throw new StoreLockedError(file, found.holder, found.ageMs, clock.staleMs);
    takeOver(file, found.holder, me, clock);
  }
  throw new StoreLockedError(file, null);
}

type Found = "missing" | "wait" | { holder: LockHolder | null; ageMs: number; verdict: LockVerdict };

/** What is in the lock file now, and whether it may be taken. An unreadable file is taken once it is old debris. */
function examine(file: string, me: LockHolder, clock: Clock): Found {
  const holder = readHolder(file);
  if (holder === "missing") return "missing";
  const time = clock.fileTime(file);
  if (time === null) return "missing";
  const ageMs = clock.now() - time;
  if (holder === null) return ageMs < UNREADABLE_GRACE_MS ? "wait" : { holder, ageMs, verdict: "stale" };
  return { holder, ageMs, verdict: judgeLock(holder, ageMs, me, clock.staleMs) };
}

/** Removes a stale or dead holder's lock file, unless it was replaced or refreshed meanwhile. */
function takeOver(file: string, stale: LockHolder | null, me: LockHolder, clock: Clock) {
  const guard = `${file}.takeover`;
  try {
    fs.mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (clock.now() - (clock.fileTime(guard) ?? clock.now()) > GUARD_STALE_MS) fs.rmSync(guard, { recursive: true, force: true });
    else sleep(20);
    return; // the caller tries again
  }
  try {
    const now = examine(file, me, clock);
    const same = typeof now === "object" && JSON.stringify(now.holder) === JSON.stringify(stale) && now.verdict !== "held";
    if (same) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { recursive: true, force: true });
  }
}

/** The lock, once taken: its heartbeat, the check that it is still ours, and its release (also on exit). */
function holdLock(file: string, mine: string, clock: Clock, refreshMs: number, onLost?: (reason: string) => void): DirectoryLock {
  let released = false;
  let lost = false;
  const isMine = () => {
    try {
      return fs.readFileSync(file, "utf8") === mine;
    } catch {
      return false;
    }
  };
  const lose = () => {
    lost = true;
    clearInterval(heartbeat);
    const now = readHolder(file);
    const reason = now === "missing" ? `${file} was deleted` : `${file} now names ${now ? describeHolder(now) : "no readable holder"}`;
    onLost?.(reason);
  };
  const held = () => {
    if (released || lost) return false;
    if (isMine()) return true;
    lose();
    return false;
  };
  const heartbeat = setInterval(() => {
    if (!held()) return;
    try {
      touch(file, clock.now());
    } catch {
      held();
    }
  }, refreshMs);
  // The heartbeat never keeps the process alive by itself.
  heartbeat.unref();
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.off("exit", release);
    if (isMine()) fs.rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { file, held, release };
}
