import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  acquireDirectoryLock,
  judgeLock,
  LOCK_FILE,
  LOCK_REFRESH_MS,
  LOCK_STALE_MS,
  StoreLockedError,
  type DirectoryLock,
  type LockHolder,
  type LockOptions,
} from "@/lib/feedback/lock";

/**
 * The lock's heartbeat (lib/feedback/lock.ts): a holder refreshes its file's time every 5 s; a lock not refreshed
 * for 30 s is taken over whatever host or PID namespace wrote it, and a fresh one never is. Host names and process
 * ids decide nothing: containers share the one and each have their own of the other. Time is a fake clock here.
 */

const LOCK_MODULE = path.resolve("lib/feedback/lock.ts");
let dir: string;
let lockFile: string;
const held: DirectoryLock[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-heartbeat-"));
  lockFile = path.join(dir, LOCK_FILE);
});

afterEach(() => {
  vi.useRealTimers();
  for (const lock of held.splice(0)) lock.release();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A process id that is not running here (and a holder that, on its own host, might well be). */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", "0"]).pid!;
}

/** Another container: its own host name and PID namespace, a process id that means nothing here. */
const container = (fields: Partial<LockHolder> = {}): LockHolder => ({
  pid: deadPid(),
  started: "12345",
  hostname: "web-7f9c",
  since: "2026-01-01T00:00:00.000Z",
  namespace: "0b7c1a2e-boot/pid:[4026532400]",
  refreshMs: LOCK_REFRESH_MS,
  ...fields,
});

/** Writes a lock file whose time is `at` (ms since the epoch). */
function writeLock(holder: object, at: number) {
  fs.writeFileSync(lockFile, JSON.stringify(holder));
  fs.utimesSync(lockFile, at / 1000, at / 1000);
}

const readLock = () => JSON.parse(fs.readFileSync(lockFile, "utf8")) as LockHolder;
const fileTime = () => fs.statSync(lockFile).mtimeMs;

/** Tries to take the lock at the fake time `now`; returns the lock or the refusal. */
function tryAt(now: number, options: LockOptions = {}): DirectoryLock | StoreLockedError {
  try {
    const lock = acquireDirectoryLock(dir, { now: () => now, ...options });
    held.push(lock);
    return lock;
  } catch (error) {
    if (error instanceof StoreLockedError) return error;
    throw error;
  }
}

const T0 = Date.parse("2026-06-01T12:00:00Z");

describe("a lock's heartbeat", () => {
  it("is every 5 s, and a lock is stale after 30 s (six missed heartbeats) without one", () => {
    expect(LOCK_REFRESH_MS).toBe(5_000);
    expect(LOCK_STALE_MS).toBe(30_000);
  });

  it("takes over a lock whose heartbeat is older than 30 s, written on another host name", () => {
    writeLock(container({ hostname: "web-old-container-name" }), T0);
    const lock = tryAt(T0 + 31_000);
    expect(lock).not.toBeInstanceOf(StoreLockedError);
    expect(readLock().pid).toBe(process.pid);
  });

  it("never takes a fresh lock from another PID namespace, even with this host name and a process id not running here", () => {
    const holder = container({ hostname: os.hostname() });
    writeLock(holder, T0);
    const refused = tryAt(T0 + 2_000);
    expect(refused).toBeInstanceOf(StoreLockedError);
    const error = refused as StoreLockedError;
    expect(error.holder).toEqual(holder);
    expect(error.message).toContain(`process ${holder.pid} on ${os.hostname()}`);
    expect(error.message).toContain("Its lock was last refreshed 2 s ago; a lock not refreshed for 30 s is taken over");
    expect(error.message).toContain("this one takes the store over in about 28 s");
    expect(readLock()).toEqual(holder);
  });

  it("keeps a lock refreshed 29 s ago and takes one last refreshed 31 s ago, on any host", () => {
    writeLock(container(), T0);
    expect(tryAt(T0 + 29_000)).toBeInstanceOf(StoreLockedError);
    expect(tryAt(T0 + 31_000)).not.toBeInstanceOf(StoreLockedError);
  });

  it("takes a dead holder's lock over within 35 s of its last heartbeat (so within 60 s), trying every 5 s", () => {
    // The holder, in another container, refreshes its lock every 5 s until it is killed at 20 s. This process
    // tries every 5 s, as the site does while the store is locked (lib/feedback/start.ts).
    const holder = container();
    writeLock(holder, T0);
    let takenAt: number | undefined;
    for (let t = 0; t <= 120_000 && takenAt === undefined; t += 5_000) {
      if (t <= 20_000) fs.utimesSync(lockFile, (T0 + t) / 1000, (T0 + t) / 1000);
      const result = tryAt(T0 + t);
      if (!(result instanceof StoreLockedError)) takenAt = t;
      else expect(result.holder).toEqual(holder);
    }
    expect(takenAt).toBe(55_000);
    expect(takenAt! - 20_000).toBeLessThanOrEqual(60_000);
  });

  it("is refreshed by its holder every 5 s, on a timer stopped on release", () => {
    vi.useFakeTimers({ now: T0, toFake: ["setInterval", "clearInterval", "Date"] });
    const lock = acquireDirectoryLock(dir);
    held.push(lock);
    expect(fileTime()).toBe(T0);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(fileTime()).toBe(T0 + 5_000);
    // Held for an hour: never older than one period, so never stale from anywhere.
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(Date.now() - fileTime()).toBeLessThan(LOCK_REFRESH_MS);
    expect(judgeLock(readLock(), Date.now() - fileTime(), container(), LOCK_STALE_MS)).toBe("held");
    lock.release();
    expect(vi.getTimerCount()).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("does not keep its process alive: a process that only takes the lock exits by itself and removes it", { timeout: 15_000 }, async () => {
    const script = [
      `const m = await import(${JSON.stringify(LOCK_MODULE)});`,
      "const { acquireDirectoryLock } = m.acquireDirectoryLock ? m : m.default;",
      "acquireDirectoryLock(process.argv[1]);",
      "console.log('locked');",
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, dir], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(output).toContain("locked");
    expect(code).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});

describe("a holder whose lock was taken from it", () => {
  it("notices at its next heartbeat, says who has it, stops refreshing and never deletes the other's lock", () => {
    vi.useFakeTimers({ now: T0, toFake: ["setInterval", "clearInterval", "Date"] });
    const onLost = vi.fn();
    const lock = acquireDirectoryLock(dir, { onLost });
    held.push(lock);
    // It froze for longer than the stale limit, and another container took the lock over.
    const other = container({ hostname: "web-new" });
    writeLock(other, T0 + 31_000);
    vi.advanceTimersByTime(5_000);
    expect(onLost).toHaveBeenCalledTimes(1);
    expect(onLost.mock.calls[0]![0]).toContain(`now names process ${other.pid} on web-new`);
    vi.advanceTimersByTime(60_000);
    expect(onLost).toHaveBeenCalledTimes(1);
    expect(fileTime()).toBe(T0 + 31_000);
    expect(lock.held()).toBe(false);
    lock.release();
    expect(readLock()).toEqual(other);
  });

  it("notices before a write (held() reads the file) and when the file was deleted", () => {
    const onLost = vi.fn();
    const lock = acquireDirectoryLock(dir, { onLost });
    held.push(lock);
    expect(lock.held()).toBe(true);
    fs.rmSync(lockFile);
    expect(lock.held()).toBe(false);
    expect(onLost).toHaveBeenCalledWith(`${lockFile} was deleted`);
  });
});

describe("a lock written before heartbeats (an upgrade)", () => {
  const legacy = (fields: object) => ({ pid: process.pid, started: null, hostname: os.hostname(), since: "2026-01-01T00:00:00.000Z", ...fields });

  it("is held while its process runs on this host, however old its file", () => {
    writeLock(legacy({}), T0);
    expect(tryAt(T0 + 24 * 60 * 60 * 1000)).toBeInstanceOf(StoreLockedError);
  });

  it("from another host name (a recreated container) is taken once its file is 30 s old, not kept for ever", () => {
    writeLock(legacy({ hostname: "web-old", pid: deadPid() }), T0);
    expect(tryAt(T0 + 10_000)).toBeInstanceOf(StoreLockedError);
    expect(tryAt(T0 + 60 * 60 * 1000)).not.toBeInstanceOf(StoreLockedError);
    expect(readLock().refreshMs).toBe(LOCK_REFRESH_MS);
  });

  it("of an exited process on this host is taken once its file is 30 s old", () => {
    writeLock(legacy({ pid: deadPid() }), T0);
    expect(tryAt(T0 + 31_000)).not.toBeInstanceOf(StoreLockedError);
  });
});
