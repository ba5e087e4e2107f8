import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  acquireDirectoryLock,
  judgeLock,
  LOCK_FILE,
  LOCK_REFRESH_MS,
  pidNamespace,
  processStartTime,
  StoreLockedError,
  type DirectoryLock,
  type LockHolder,
} from "@/lib/feedback/lock";

/**
 * The embedded store's folder lock (lib/feedback/lock.ts): taking, refusing, releasing, and taking over a lock
 * whose holder is proven dead or whose file is debris. Heartbeats and stale locks: feedback-lock-heartbeat.test.ts.
 */

const LOCK_MODULE = path.resolve("lib/feedback/lock.ts");
const hasProc = fs.existsSync(`/proc/${process.pid}/stat`);
/** This process's PID namespace: where Linux tells, a dead holder in it is taken over at once. */
const namespace = pidNamespace();

let dir: string;
let lockFile: string;
const held: DirectoryLock[] = [];
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-lock-"));
  lockFile = path.join(dir, LOCK_FILE);
});

afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

const acquire = () => {
  const lock = acquireDirectoryLock(dir);
  held.push(lock);
  return lock;
};

/** A lock file as this version writes it, by a holder in this PID namespace unless told otherwise; its time is now. */
const writeLock = (holder: Partial<LockHolder>) =>
  fs.writeFileSync(
    lockFile,
    JSON.stringify({
      pid: process.pid,
      started: null,
      hostname: os.hostname(),
      since: "2020-01-01T00:00:00.000Z",
      namespace,
      refreshMs: LOCK_REFRESH_MS,
      ...holder,
    }),
  );

const readLock = () => JSON.parse(fs.readFileSync(lockFile, "utf8")) as LockHolder;

/** The id of a process that has exited (and been reaped). */
function deadPid(): number {
  const result = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
  expect(result.status).toBe(0);
  return result.pid!;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/** Tries to take the lock, expecting to be refused; returns the refusal. */
function expectLocked(): StoreLockedError {
  let thrown: unknown;
  try {
    acquire();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(StoreLockedError);
  expect((thrown as Error).message).toContain(dir);
  return thrown as StoreLockedError;
}

describe("the embedded store's folder lock", () => {
  it("writes a lock file naming this process when taken", () => {
    const lock = acquire();
    expect(lock.file).toBe(lockFile);
    const holder = readLock();
    expect(holder.pid).toBe(process.pid);
    expect(holder.hostname).toBe(os.hostname());
    expect(holder.started).toBe(processStartTime(process.pid));
    expect(new Date(holder.since).getTime()).not.toBeNaN();
    expect(holder.namespace).toBe(namespace);
    expect(holder.refreshMs).toBe(5_000);
  });

  it("creates the folder when it is missing", () => {
    const nested = path.join(dir, "a", "b");
    const lock = acquireDirectoryLock(nested);
    held.push(lock);
    expect(fs.existsSync(path.join(nested, LOCK_FILE))).toBe(true);
  });

  it("refuses a second taker while held, naming the folder and pointing to DATABASE_URL", () => {
    acquire();
    const error = expectLocked();
    expect(error.message).toContain(dir);
    expect(error.message).toContain("DATABASE_URL");
    expect(error.message).toContain(`process ${process.pid}`);
    expect(error.lockFile).toBe(lockFile);
    expect(error.holder?.pid).toBe(process.pid);
    expect(error.name).toBe("StoreLockedError");
  });

  it("can be taken again once released", () => {
    acquire().release();
    expect(fs.existsSync(lockFile)).toBe(false);
    acquire();
    expect(readLock().pid).toBe(process.pid);
  });

  it("is harmless to release twice", () => {
    const lock = acquire();
    lock.release();
    expect(() => lock.release()).not.toThrow();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("does not delete a lock file that another process wrote after ours went", () => {
    const lock = acquire();
    writeLock({ hostname: "another-host.example", pid: 1 });
    lock.release();
    expect(readLock().hostname).toBe("another-host.example");
  });

  it.skipIf(!namespace)("takes over at once a lock left by a process of this PID namespace that has exited", () => {
    writeLock({ pid: deadPid() });
    acquire();
    expect(readLock().pid).toBe(process.pid);
  });

  it.skipIf(!namespace)("takes over at once a lock left by a process of this PID namespace killed with SIGKILL", { timeout: 15_000 }, async () => {
    const script = [
      `const m = await import(${JSON.stringify(LOCK_MODULE)});`,
      "const { acquireDirectoryLock } = m.acquireDirectoryLock ? m : m.default;",
      "acquireDirectoryLock(process.argv[1]);",
      "console.log('locked');",
      "setInterval(() => {}, 1000);",
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, dir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      let stdout = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("locked")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`the child exited (${code}) before locking: ${stderr}`)));
    });

    const error = expectLocked();
    expect(error.holder?.pid).toBe(child.pid);

    child.kill("SIGKILL");
    await exited(child);
    expect(child.signalCode).toBe("SIGKILL");
    // The killed process could not clean up: its lock file is still there.
    expect(readLock().pid).toBe(child.pid);

    acquire();
    expect(readLock().pid).toBe(process.pid);
  });

  it.skipIf(!hasProc || !namespace)("takes over a lock whose process id was reused by another process (start time differs)", () => {
    writeLock({ pid: process.pid, started: "1" });
    acquire();
    expect(readLock().started).toBe(processStartTime(process.pid));
  });

  it("treats a lock without a start time as held while its process runs", () => {
    writeLock({ pid: process.pid, started: null });
    expectLocked();
  });

  it("treats a fresh lock written on another host as held, even for a process id that is dead here", () => {
    writeLock({ pid: deadPid(), hostname: `not-${os.hostname()}`, namespace: "another-boot/pid:[4026532001]" });
    const error = expectLocked();
    expect(error.message).toContain(`on not-${os.hostname()}`);
    expect(error.holder?.hostname).toBe(`not-${os.hostname()}`);
    expect(readLock().hostname).toBe(`not-${os.hostname()}`);
  });

  it("takes over an unreadable lock file older than 5 seconds (debris)", () => {
    fs.writeFileSync(lockFile, "");
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile, old, old);
    acquire();
    expect(readLock().pid).toBe(process.pid);
  });

  it("takes over a lock file holding something that is not a lock, once it is old", () => {
    fs.writeFileSync(lockFile, '{"pid": "not a number"}');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile, old, old);
    acquire();
    expect(readLock().pid).toBe(process.pid);
  });

  it("waits for a fresh unreadable lock file (one being written) and takes the lock once it is gone", () => {
    fs.writeFileSync(lockFile, "");
    // Another process removes it shortly; acquire() blocks this thread meanwhile, so it must be another process.
    const child = spawn(process.execPath, ["-e", `setTimeout(() => require("fs").rmSync(${JSON.stringify(lockFile)}), 300)`], {
      stdio: "ignore",
    });
    children.push(child);
    const startedAt = Date.now();
    acquire();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(200);
    expect(readLock().pid).toBe(process.pid);
  });

  it("gives up on a fresh unreadable lock file that stays unreadable, without deleting it", { timeout: 10_000 }, () => {
    fs.writeFileSync(lockFile, "");
    const error = expectLocked();
    expect(error.holder).toBeNull();
    expect(fs.readFileSync(lockFile, "utf8")).toBe("");
  });
});

describe("judging a lock file found on disk", () => {
  const me = (): LockHolder => ({
    pid: process.pid,
    started: processStartTime(process.pid),
    hostname: os.hostname(),
    since: "",
    namespace,
    refreshMs: LOCK_REFRESH_MS,
  });
  const elsewhere = { hostname: "elsewhere.example", namespace: "another-boot/pid:[4026532001]" };

  type Case = [name: string, expected: string, ageMs: number, holder: () => LockHolder];
  const cases: Case[] = [
    ["this process, fresh", "held", 1_000, me],
    ["this process, not refreshed for 31 s", "stale", 31_000, me],
    ["another host, fresh, its process id dead here", "held", 1_000, () => ({ ...me(), ...elsewhere, pid: deadPid() })],
    ["another host, refreshed 29 s ago", "held", 29_000, () => ({ ...me(), ...elsewhere })],
    ["another host, not refreshed for 31 s", "stale", 31_000, () => ({ ...me(), ...elsewhere })],
    ["this host name in another PID namespace, fresh, its process id dead here", "held", 1_000, () => ({ ...me(), namespace: elsewhere.namespace, pid: deadPid() })],
    ["a holder without a namespace (not Linux), fresh, dead here", "held", 1_000, () => ({ ...me(), namespace: null, pid: deadPid() })],
  ];
  if (namespace) cases.push(["this PID namespace, fresh, its process exited", "dead", 1_000, () => ({ ...me(), pid: deadPid(), started: null })]);

  it.each(cases)("%s → %s", (_, expected, ageMs, holder) => {
    expect(judgeLock(holder(), ageMs, me(), 30_000)).toBe(expected);
  });
});
