import fs from "node:fs";
import os from "node:os";

/**
 * Who holds the embedded store's lock (lib/feedback/lock.ts), and whether a lock file found on disk may be taken.
 *
 * The rule: a holder refreshes its lock file's time every LOCK_REFRESH_MS (its heartbeat). A lock whose file time
 * is older than LOCK_STALE_MS has missed six heartbeats: its holder is gone (or frozen), on whatever host, and the
 * lock is taken over. A fresh lock is never taken on the word of a host name or a process id: containers share
 * host names, and a process id means nothing outside its PID namespace. The one exception is a holder proven dead:
 * one that ran in this very PID namespace (the same kernel boot and namespace) and whose process is gone, as after
 * `kill -9` and a restart on the same machine; that lock is taken at once.
 */

/** How often a holder refreshes its lock file's time. */
export const LOCK_REFRESH_MS = 5_000;
/** A lock not refreshed for this long (six periods) is stale: a dead holder's lock is taken within this, plus one retry. */
export const LOCK_STALE_MS = 30_000;

export interface LockHolder {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/PID/stat field 22), where Linux gives it. */
  started: string | null;
  /** For messages only: host names are shared by containers and changed by their runtimes, so they decide nothing. */
  hostname: string;
  since: string;
  /**
   * The kernel's boot id and the holder's PID namespace ("<boot id>/pid:[<inode>]"), where Linux tells. Only a
   * holder in the same namespace can be checked by its process id. Null where /proc does not tell.
   */
  namespace?: string | null;
  /** How often the holder refreshes the file's time. Absent in locks written before heartbeats (see judgeLock). */
  refreshMs?: number;
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

/** This process's PID namespace, qualified by the kernel's boot id, or null where Linux's /proc does not tell. */
export function pidNamespace(): string | null {
  try {
    const boot = fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const namespace = fs.readlinkSync("/proc/self/ns/pid");
    return boot && namespace ? `${boot}/${namespace}` : null;
  } catch {
    return null;
  }
}

/** This process as a lock holder. */
export function currentHolder(refreshMs: number, now: number): LockHolder {
  return {
    pid: process.pid,
    started: processStartTime(process.pid),
    hostname: os.hostname(),
    since: new Date(now).toISOString(),
    namespace: pidNamespace(),
    refreshMs,
  };
}

/** Whether process `pid` (started at `started`, when known) runs in this process's PID namespace. */
export function processIsRunning(pid: number, started: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (started === null) return true;
  const now = processStartTime(pid);
  return now === null || now === started;
}

export type LockVerdict = "held" | "stale" | "dead";

/**
 * Whether a lock file may be taken: "held" (never take it), "stale" (not refreshed for `staleMs`) or "dead" (its
 * holder ran in this PID namespace and is gone). `ageMs` is the time since the file's time, by this process's clock.
 *
 * A lock written before heartbeats (no `refreshMs`: its holder never refreshes it) is held while a process of
 * that id and start time runs on this host name, as before; otherwise it is stale once its file is `staleMs`
 * old, so an upgrade does not leave such a lock in place for ever. Stop the old version before starting the new.
 */
export function judgeLock(holder: LockHolder, ageMs: number, me: LockHolder, staleMs: number): LockVerdict {
  if (typeof holder.refreshMs !== "number") {
    if (holder.hostname === me.hostname && processIsRunning(holder.pid, holder.started)) return "held";
    return ageMs > staleMs ? "stale" : "held";
  }
  if (ageMs > staleMs) return "stale";
  const sameNamespace = Boolean(holder.namespace) && holder.namespace === me.namespace;
  if (sameNamespace && !processIsRunning(holder.pid, holder.started)) return "dead";
  return "held";
}

/** The lock file's holder, null when it cannot be read as one, or "missing". */
export function readHolder(file: string): LockHolder | null | "missing" {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  try {
    const value = JSON.parse(text) as LockHolder;
    return typeof value?.pid === "number" ? value : null;
  } catch {
    return null;
  }
}

/** "process 12 on web-1, since …". */
export function describeHolder(holder: LockHolder): string {
  return `process ${holder.pid} on ${holder.hostname}, since ${holder.since}`;
}
