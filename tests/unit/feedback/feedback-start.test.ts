/**
 * The server process's start and clean stop (lib/feedback/start.ts): a store that cannot be opened at start is
 * tried again every 5 s until it opens (so a dead holder's lock is taken over without waiting for a request), and
 * SIGTERM closes the store and releases the lock within 10 s. The stop is run in a child process, since it exits.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { acquireDirectoryLock } from "@/lib/feedback/lock";
import { RETRY_MS } from "@/lib/feedback/runtime";
import { startFeedback, STOP_DEADLINE_MS } from "@/lib/feedback/start";
import { removeTempDataDirs, SLOW_MS, freshRuntimePerTest } from "./retention-support";

const START_MODULE = path.resolve("lib/feedback/start.ts");

const currentDataDir = freshRuntimePerTest();
let dataDir: string;
beforeEach(() => {
  dataDir = currentDataDir();
});
afterEach(removeTempDataDirs);

describe("starting while the store is locked", () => {
  it("logs why once, tries again every 5 s, and opens the store once the lock is free", { timeout: SLOW_MS }, async () => {
    expect(RETRY_MS).toBe(5_000);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const other = acquireDirectoryLock(dataDir);
    try {
      await startFeedback();
      expect(error).toHaveBeenCalledTimes(1);
      expect(error.mock.calls[0]![0]).toMatch(/^Feedback: The feedback store in .* is in use by another process .* takes the store over in about 30 s\./);
      // Two more tries, both refused for the same reason: not logged again.
      await new Promise((resolve) => setTimeout(resolve, 2 * RETRY_MS + 1_000));
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      other.release();
    }
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Feedback: answers are stored in .* \(opened after a failure\)\.$/)), {
      timeout: SLOW_MS - 20_000,
      interval: 200,
    });
  });
});

describe("a clean stop (SIGTERM)", () => {
  it("closes the store, releases the lock and exits (143) within 10 s", { timeout: SLOW_MS }, async () => {
    expect(STOP_DEADLINE_MS).toBeLessThan(10_000);
    const script = [
      `const m = await import(${JSON.stringify(START_MODULE)});`,
      "const { startFeedback } = m.startFeedback ? m : m.default;",
      "await startFeedback();",
      "console.log('started');",
      "setInterval(() => {}, 1000);",
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", NEXT_MANUAL_SIG_HANDLE: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await vi.waitFor(() => expect(output).toContain("started"), { timeout: SLOW_MS - 20_000, interval: 100 });
    expect(fs.existsSync(path.join(dataDir, "store.lock"))).toBe(true);

    const began = Date.now();
    child.kill("SIGTERM");
    const code = await exited;
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(code, output).toBe(143);
    expect(output).toMatch(/Feedback: store closed \d+ ms after SIGTERM\./);
    expect(fs.existsSync(path.join(dataDir, "store.lock"))).toBe(false);
  });
});
