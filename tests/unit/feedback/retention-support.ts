/** What the tests of how long answers are kept share: dates, and embedded stores seeded with answers of given ages. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, vi } from "vitest";
import { closeFeedbackStore } from "@/lib/feedback/runtime";
import { openStore, type Answer } from "@/lib/feedback/store";

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Opening a fresh PGlite folder takes seconds (it runs initdb in WebAssembly); the CLI also starts tsx. */
export const SLOW_MS = 90_000;

export const NOW = new Date("2026-11-29T12:00:00.000Z");
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

export const answer = (page: string): Answer => ({ page, useful: true, whatDoing: null, whatWrong: null, javascript: false });

/** A fresh folder for an embedded store; removed after each test. */
const folders: string[] = [];
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-retention-"));
  folders.push(dir);
  return dir;
}

/**
 * Adds one answer per age (in days before `now`), each on a page named after its age, and a search with no results
 * ("age N") on that day; closes the store.
 */
export async function seed(dataDir: string, ages: number[], now: Date = new Date()): Promise<void> {
  const store = await openStore({ kind: "embedded", dataDir });
  try {
    for (const age of ages) {
      await store.add(answer(`/age-${age}`), daysBefore(now, age));
      // A search with no results on the same day, purged with the answers.
      await store.countSearchMiss(`age ${age}`, daysBefore(now, age).toISOString().slice(0, 10), 500);
    }
  } finally {
    await store.close();
  }
}

export async function remainingPages(dataDir: string): Promise<string[]> {
  const store = await openStore({ kind: "embedded", dataDir });
  try {
    return (await store.all()).map((stored) => stored.page).sort();
  } finally {
    await store.close();
  }
}

/** Removes the folders tempDataDir made: call it after each test. */
export function removeTempDataDirs(): void {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh feedback runtime for each test of the running site (lib/feedback/start.ts): a new DATA_DIR, no
 * DATABASE_URL and no signal hand-over before it; afterwards the store closed, the purge timer stopped and the
 * runtime forgotten. Returns the test's DATA_DIR.
 */
export function freshRuntimePerTest(extraEnv: Record<string, string> = {}): () => string {
  const RUNTIME = Symbol.for("careers-guide.feedback-runtime");
  const TIMER = Symbol.for("careers-guide.feedback-purge-timer");
  const global = globalThis as Record<symbol, unknown>;
  let dataDir = "";
  beforeEach(() => {
    delete global[RUNTIME];
    dataDir = tempDataDir();
    vi.stubEnv("DATA_DIR", dataDir);
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("NEXT_MANUAL_SIG_HANDLE", "");
    for (const [name, value] of Object.entries(extraEnv)) vi.stubEnv(name, value);
  });
  afterEach(async () => {
    clearInterval(global[TIMER] as NodeJS.Timeout | undefined);
    delete global[TIMER];
    await closeFeedbackStore(1000).catch(() => {});
    delete global[RUNTIME];
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });
  return () => dataDir;
}
