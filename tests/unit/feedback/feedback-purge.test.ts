/**
 * Deleting old answers outside a request: the running site's purge on start and every day (lib/feedback/start.ts),
 * and `npm run feedback:purge` (lib/feedback/purge.ts) run as a separate process, as an operator would.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { acquireDirectoryLock, type DirectoryLock } from "@/lib/feedback/lock";
import { retentionCutoff } from "@/lib/feedback/retention";
import { getFeedbackStore } from "@/lib/feedback/runtime";
import { PURGE_INTERVAL_MS, purgeStoredAnswers, startFeedback } from "@/lib/feedback/start";
import { answer, DAY_MS, daysBefore, remainingPages, removeTempDataDirs, seed, SLOW_MS, tempDataDir, freshRuntimePerTest } from "./retention-support";

afterEach(removeTempDataDirs);

describe("the running site (lib/feedback/start.ts)", () => {
  const TIMER = Symbol.for("careers-guide.feedback-purge-timer");
  const global = globalThis as Record<symbol, unknown>;
  const currentDataDir = freshRuntimePerTest({ FEEDBACK_RETENTION_DAYS: "" });
  let dataDir: string;
  beforeEach(() => {
    dataDir = currentDataDir();
  });

  it(
    "deletes old answers once the store opens, then every 24 hours on a timer that does not keep the process alive",
    { timeout: SLOW_MS },
    async () => {
      await seed(dataDir, [1, 364, 366, 500]);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const error = vi.spyOn(console, "error").mockImplementation(() => {});
      const setIntervalSpy = vi.spyOn(globalThis, "setInterval");

      await startFeedback();
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith("Feedback: deleted 2 answers older than 365 days."), {
        timeout: 10_000,
      });
      const store = await getFeedbackStore();
      expect((await store.all()).map((stored) => stored.page).sort()).toEqual(["/age-1", "/age-364"]);
      // The searches with no results of those days went too.
      expect(warn).toHaveBeenCalledWith("Feedback: deleted 2 daily counts of searches with no results older than 365 days.");
      expect((await store.searchMisses({ since: "2000-01-01" })).map((row) => row.query).sort()).toEqual(["age 1", "age 364"]);

      const daily = setIntervalSpy.mock.calls.filter(([, delay]) => delay === PURGE_INTERVAL_MS);
      expect(PURGE_INTERVAL_MS).toBe(DAY_MS);
      expect(daily).toHaveLength(1);
      const timer = global[TIMER] as NodeJS.Timeout;
      expect(timer.hasRef()).toBe(false);

      // A day later: the timer's run deletes what has grown old since, and logs only when it deleted something.
      await store.add(answer("/age-400"), daysBefore(new Date(), 400));
      warn.mockClear();
      (daily[0]![0] as () => void)();
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith("Feedback: deleted 1 answer older than 365 days."), {
        timeout: 10_000,
      });
      warn.mockClear();
      expect(await purgeStoredAnswers(365)).toBe(0);
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();

      // startFeedback again in the same process does not set a second timer.
      await startFeedback();
      expect(setIntervalSpy.mock.calls.filter(([, delay]) => delay === PURGE_INTERVAL_MS)).toHaveLength(1);
    },
  );

  it("logs an invalid FEEDBACK_RETENTION_DAYS, deletes nothing and keeps serving", { timeout: SLOW_MS }, async () => {
    await seed(dataDir, [1, 1000]);
    vi.stubEnv("FEEDBACK_RETENTION_DAYS", "a year");
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});

    await expect(startFeedback()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^Feedback: FEEDBACK_RETENTION_DAYS: expected a whole number .* Old answers are not deleted until it is fixed\.$/),
    );
    expect(global[TIMER]).toBeUndefined();
    expect(await (await getFeedbackStore()).all()).toHaveLength(2);
  });

  it("logs a failure to reach the store and never throws", { timeout: SLOW_MS }, async () => {
    // Port 1 on this machine: nothing listens, so every connection is refused at once.
    vi.stubEnv("DATABASE_URL", "postgres://careers:secret@127.0.0.1:1/careers");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(purgeStoredAnswers(365)).resolves.toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Feedback: could not delete answers older than 365 days: /));
    expect(error.mock.calls.flat().join("\n")).not.toContain("secret");
  });
});

describe("npm run feedback:purge", () => {
  /** Runs the CLI as `npm run feedback:purge` does, with the environment given (and no FEEDBACK_RETENTION_DAYS unless given). */
  function purge(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const { FEEDBACK_RETENTION_DAYS: _unused, ...inherited } = process.env;
    void _unused;
    const child = spawn("npx", ["tsx", "lib/feedback/purge.ts"], {
      env: { ...inherited, DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  const day = (date: Date) => date.toISOString().slice(0, 10);

  it("deletes answers older than 365 days and says how many, and before which day", { timeout: SLOW_MS }, async () => {
    const dataDir = tempDataDir();
    await seed(dataDir, [0, 364, 366, 730]);
    const before = day(retentionCutoff(new Date(), 365));
    const result = await purge({ DATA_DIR: dataDir });
    const after = day(retentionCutoff(new Date(), 365));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [answers, misses] = result.stdout.split("\n");
    expect([`Deleted 2 answers older than 365 days (before ${before}).`, `Deleted 2 answers older than 365 days (before ${after}).`]).toContain(answers);
    // Searches with no results are kept for the same time, as daily counts: the cutoff's day and before go.
    expect([`Deleted 2 daily counts of searches with no results (${before} and before).`, `Deleted 2 daily counts of searches with no results (${after} and before).`]).toContain(misses);
    expect(await remainingPages(dataDir)).toEqual(["/age-0", "/age-364"]);
    // The lock is released: the store opens again (remainingPages did), and a second run deletes nothing.
    expect((await purge({ DATA_DIR: dataDir })).stdout).toMatch(
      /^Deleted 0 answers older than 365 days \(before \d{4}-\d{2}-\d{2}\)\.\nDeleted 0 daily counts of searches with no results \(\d{4}-\d{2}-\d{2} and before\)\.\n$/,
    );
  });

  it("uses FEEDBACK_RETENTION_DAYS", { timeout: SLOW_MS }, async () => {
    const dataDir = tempDataDir();
    await seed(dataDir, [0, 2, 40]);
    const result = await purge({ DATA_DIR: dataDir, FEEDBACK_RETENTION_DAYS: "1" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Deleted 2 answers older than 1 day \(before \d{4}-\d{2}-\d{2}\)\.\nDeleted 2 daily counts of searches with no results/);
    expect(await remainingPages(dataDir)).toEqual(["/age-0"]);
  });

  it("refuses an invalid FEEDBACK_RETENTION_DAYS (exit 2) without opening the store", { timeout: SLOW_MS }, async () => {
    const dataDir = tempDataDir();
    const result = await purge({ DATA_DIR: dataDir, FEEDBACK_RETENTION_DAYS: "0" });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('FEEDBACK_RETENTION_DAYS: expected a whole number of days from 1 to 36500, got "0"');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("refuses while another process holds the embedded store, deletes nothing, and says the site purges by itself", { timeout: SLOW_MS }, async () => {
    const dataDir = tempDataDir();
    await seed(dataDir, [0, 1000]);
    // This test process holds the lock, as the running site would; the CLI sees a live process holding it.
    const lock: DirectoryLock = acquireDirectoryLock(dataDir);
    let result;
    try {
      result = await purge({ DATA_DIR: dataDir });
    } finally {
      lock.release();
    }
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`is in use by another process (process ${process.pid}`);
    expect(result.stderr).toContain(
      "Nothing was deleted. The running site deletes old answers by itself, when it starts and once a day. " +
        "To delete them now, stop the site first, then run this again.",
    );
    expect(await remainingPages(dataDir)).toEqual(["/age-0", "/age-1000"]);
  });
});
