/** What the tests of how long answers are kept share: dates, and embedded stores seeded with answers of given ages. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

/** Adds one answer per age (in days before `now`), each on a page named after its age; closes the store. */
export async function seed(dataDir: string, ages: number[], now: Date = new Date()): Promise<void> {
  const store = await openStore({ kind: "embedded", dataDir });
  try {
    for (const age of ages) await store.add(answer(`/age-${age}`), daysBefore(now, age));
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
