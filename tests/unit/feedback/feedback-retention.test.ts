/**
 * How long answers are kept: FEEDBACK_RETENTION_DAYS, the cutoff it gives, deleting older answers from a real
 * embedded store, the running site's purge on start and every day (lib/feedback/start.ts), and
 * `npm run feedback:purge` (lib/feedback/purge.ts) run as a separate process, as an operator would.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { acquireDirectoryLock, type DirectoryLock } from "@/lib/feedback/lock";
import {
  DEFAULT_RETENTION_DAYS,
  purgeOldAnswers,
  retentionCutoff,
  retentionDaysFromEnv,
} from "@/lib/feedback/retention";
import { closeFeedbackStore, getFeedbackStore } from "@/lib/feedback/runtime";
import { PURGE_INTERVAL_MS, purgeStoredAnswers, startFeedback } from "@/lib/feedback/start";
import { openStore, type Answer, type FeedbackStore } from "@/lib/feedback/store";
import { retentionDaysFromEnv as privacyRetentionDays } from "@/lib/site/privacy";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Opening a fresh PGlite folder takes seconds (it runs initdb in WebAssembly); the CLI also starts tsx. */
const SLOW_MS = 90_000;

const NOW = new Date("2026-11-29T12:00:00.000Z");
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

const answer = (page: string): Answer => ({ page, useful: true, whatDoing: null, whatWrong: null, javascript: false });

describe("retentionDaysFromEnv", () => {
  it.each([
    [undefined, 365],
    ["", 365],
    ["   ", 365],
    ["365", 365],
    ["30", 30],
    [" 30 ", 30],
    ["1", 1],
    ["0730", 730],
    ["36500", 36_500],
  ])("FEEDBACK_RETENTION_DAYS=%j gives %i days", (value, days) => {
    expect(retentionDaysFromEnv({ FEEDBACK_RETENTION_DAYS: value })).toBe(days);
  });

  it("defaults to 365 days when the variable is not set at all", () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(365);
    expect(retentionDaysFromEnv({})).toBe(365);
  });

  it.each(["0", "-1", "1.5", "365.0", "abc", "1e3", "0x10", "+30", "365 days", "36501", "99999999999999999999"])(
    "refuses FEEDBACK_RETENTION_DAYS=%j, naming the variable, the value and the fix",
    (value) => {
      expect(() => retentionDaysFromEnv({ FEEDBACK_RETENTION_DAYS: value })).toThrow(
        `FEEDBACK_RETENTION_DAYS: expected a whole number of days from 1 to 36500, got "${value}". ` +
          "Set it to a number such as 365, or remove it to keep answers for 365 days.",
      );
    },
  );

  it("reads process.env when given no environment", () => {
    vi.stubEnv("FEEDBACK_RETENTION_DAYS", "42");
    try {
      expect(retentionDaysFromEnv()).toBe(42);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("is the one parser: the privacy notice uses the same function as the purge", () => {
    expect(privacyRetentionDays).toBe(retentionDaysFromEnv);
  });
});

describe("retentionCutoff", () => {
  it("is exactly `days` times 24 hours before now", () => {
    expect(retentionCutoff(NOW, 365).toISOString()).toBe("2025-11-29T12:00:00.000Z");
    expect(retentionCutoff(NOW, 1).toISOString()).toBe("2026-11-28T12:00:00.000Z");
    expect(retentionCutoff(NOW, 30).toISOString()).toBe("2026-10-30T12:00:00.000Z");
  });

  it("counts days, not calendar years: 365 days before 1 March 2024 (a leap year) is 2 March 2023", () => {
    expect(retentionCutoff(new Date("2024-03-01T00:00:00.000Z"), 365).toISOString()).toBe("2023-03-02T00:00:00.000Z");
  });

  it("is not moved by daylight saving time: the arithmetic is in UTC milliseconds", () => {
    // The clocks in the UK went forward on 29 March 2026.
    expect(retentionCutoff(new Date("2026-03-30T00:30:00.000Z"), 1).toISOString()).toBe("2026-03-29T00:30:00.000Z");
  });

  it("gives a real date for the longest period allowed", () => {
    expect(Number.isNaN(retentionCutoff(NOW, 36_500).getTime())).toBe(false);
  });
});

/** A fresh folder for an embedded store; removed after each test. */
const folders: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-retention-"));
  folders.push(dir);
  return dir;
}

/** Adds one answer per age (in days before `now`), each on a page named after its age; closes the store. */
async function seed(dataDir: string, ages: number[], now: Date = new Date()): Promise<void> {
  const store = await openStore({ kind: "embedded", dataDir });
  try {
    for (const age of ages) await store.add(answer(`/age-${age}`), daysBefore(now, age));
  } finally {
    await store.close();
  }
}

async function remainingPages(dataDir: string): Promise<string[]> {
  const store = await openStore({ kind: "embedded", dataDir });
  try {
    return (await store.all()).map((stored) => stored.page).sort();
  } finally {
    await store.close();
  }
}

afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("purgeOldAnswers on the embedded store", () => {
  // One store for these tests (a fresh folder takes seconds to create), emptied before each.
  let store: FeedbackStore;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-retention-"));
    store = await openStore({ kind: "embedded", dataDir });
  }, SLOW_MS);

  afterAll(async () => {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await store.deleteOlderThan(new Date("9999-12-31T00:00:00.000Z"));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("deletes answers older than the period and keeps the rest, down to the minute", { timeout: SLOW_MS }, async () => {
    const MINUTE = 60_000;
    const ages: Array<[string, Date]> = [
      ["/today", NOW],
      ["/1-day", daysBefore(NOW, 1)],
      ["/364-days", daysBefore(NOW, 364)],
      ["/365-days-less-a-minute", new Date(daysBefore(NOW, 365).getTime() + MINUTE)],
      ["/365-days-exactly", daysBefore(NOW, 365)],
      ["/365-days-and-a-minute", new Date(daysBefore(NOW, 365).getTime() - MINUTE)],
      ["/366-days", daysBefore(NOW, 366)],
      ["/1000-days", daysBefore(NOW, 1000)],
    ];
    for (const [page, at] of ages) await store.add(answer(page), at);

    expect(await purgeOldAnswers(store, NOW, 365)).toBe(3);
    expect((await store.all()).map((stored) => stored.page)).toEqual([
      "/365-days-exactly",
      "/365-days-less-a-minute",
      "/364-days",
      "/1-day",
      "/today",
    ]);

    // Nothing more to delete: a second run deletes nothing.
    expect(await purgeOldAnswers(store, NOW, 365)).toBe(0);
    // A shorter period deletes more; problem reports and Yes/No answers alike.
    await store.add({ page: "/report", useful: null, whatDoing: "Reading", whatWrong: "A typo", javascript: true }, daysBefore(NOW, 2));
    expect(await purgeOldAnswers(store, NOW, 1)).toBe(4);
    expect((await store.all()).map((stored) => stored.page)).toEqual(["/1-day", "/today"]);
  });

  it("takes the period from FEEDBACK_RETENTION_DAYS and the time from the clock by default", { timeout: SLOW_MS }, async () => {
    const now = new Date();
    for (const age of [5, 9, 11, 400]) await store.add(answer(`/age-${age}`), daysBefore(now, age));
    vi.stubEnv("FEEDBACK_RETENTION_DAYS", "10");
    expect(await purgeOldAnswers(store)).toBe(2);
    vi.stubEnv("FEEDBACK_RETENTION_DAYS", "");
    expect(await purgeOldAnswers(store)).toBe(0);
    expect((await store.all()).map((stored) => stored.page)).toEqual(["/age-9", "/age-5"]);
  });

  it("refuses an invalid setting before touching the store", { timeout: SLOW_MS }, async () => {
    await store.add(answer("/old"), daysBefore(new Date(), 1000));
    vi.stubEnv("FEEDBACK_RETENTION_DAYS", "forever");
    await expect(purgeOldAnswers(store)).rejects.toThrow(/FEEDBACK_RETENTION_DAYS/);
    expect(await store.all()).toHaveLength(1);
  });
});

describe("the running site (lib/feedback/start.ts)", () => {
  const RUNTIME = Symbol.for("careers-guide.feedback-runtime");
  const TIMER = Symbol.for("careers-guide.feedback-purge-timer");
  const global = globalThis as Record<symbol, unknown>;
  let dataDir: string;

  beforeEach(() => {
    delete global[RUNTIME];
    dataDir = tempDataDir();
    vi.stubEnv("DATA_DIR", dataDir);
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("NEXT_MANUAL_SIG_HANDLE", "");
    vi.stubEnv("FEEDBACK_RETENTION_DAYS", "");
  });

  afterEach(async () => {
    clearInterval(global[TIMER] as NodeJS.Timeout | undefined);
    delete global[TIMER];
    await closeFeedbackStore(1000).catch(() => {});
    delete global[RUNTIME];
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
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
    expect([
      `Deleted 2 answers older than 365 days (before ${before}).\n`,
      `Deleted 2 answers older than 365 days (before ${after}).\n`,
    ]).toContain(result.stdout);
    expect(await remainingPages(dataDir)).toEqual(["/age-0", "/age-364"]);
    // The lock is released: the store opens again (remainingPages did), and a second run deletes nothing.
    expect((await purge({ DATA_DIR: dataDir })).stdout).toMatch(/^Deleted 0 answers older than 365 days \(before \d{4}-\d{2}-\d{2}\)\.\n$/);
  });

  it("uses FEEDBACK_RETENTION_DAYS", { timeout: SLOW_MS }, async () => {
    const dataDir = tempDataDir();
    await seed(dataDir, [0, 2, 40]);
    const result = await purge({ DATA_DIR: dataDir, FEEDBACK_RETENTION_DAYS: "1" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Deleted 2 answers older than 1 day \(before \d{4}-\d{2}-\d{2}\)\.\n$/);
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
