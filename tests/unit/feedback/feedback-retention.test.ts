/**
 * How long answers are kept: FEEDBACK_RETENTION_DAYS, the cutoff it gives, and deleting older answers from a real
 * embedded store. The running site's purge and `npm run feedback:purge` are in feedback-purge.test.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DEFAULT_RETENTION_DAYS,
  purgeOldAnswers,
  retentionCutoff,
  retentionDaysFromEnv,
} from "@/lib/feedback/retention";
import { openStore, type FeedbackStore } from "@/lib/feedback/store";
import { retentionDaysFromEnv as privacyRetentionDays } from "@/lib/site/privacy";
import { answer, daysBefore, NOW, SLOW_MS } from "./retention-support";

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
