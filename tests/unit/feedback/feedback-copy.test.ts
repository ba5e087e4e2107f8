import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { copyAnswers } from "@/lib/feedback/copy-answers";
import { ROWS_PER_INSERT } from "@/lib/feedback/store-queries";
import { openStore, type Answer, type SearchMissDay, type StoreConfig, type StoredAnswer } from "@/lib/feedback/store";
import { createDatabase, SLOW_OPEN_MS } from "./store-support";

/**
 * `npm run feedback:copy` (lib/feedback/copy.ts, copy-answers.ts): every answer, with its time, in one
 * transaction. A failure part-way leaves the target as it was, and running the copy again then works. Against
 * PGlite and the throw-away PostgreSQL (the command's real target).
 */

const databaseUrl = inject("databaseUrl");

/** More answers than one insert statement holds, so that a failure comes after rows were already inserted. */
const COUNT = ROWS_PER_INSERT + 200;
const BAD_AT = ROWS_PER_INSERT + 100;

const answers = (): StoredAnswer[] =>
  Array.from({ length: COUNT }, (_, index) => ({
    id: index + 1,
    page: `/roles/copied-${index}`,
    useful: index % 3 === 0 ? null : index % 2 === 0,
    whatDoing: index % 3 === 0 ? `doing ${index}` : null,
    whatWrong: index % 3 === 0 ? `wrong ${index}` : null,
    javascript: index % 2 === 1,
    createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
  }));

/** One answer the schema refuses (both Yes/No and a report's text), after the first insert statement. */
function withOneRefused(): StoredAnswer[] {
  const all = answers();
  all[BAD_AT] = { ...all[BAD_AT]!, useful: true, whatDoing: "both a vote and a report" };
  return all;
}

/** Daily counts of searches with no results, as the source store keeps them. */
const MISS_DAYS: SearchMissDay[] = [
  { day: "2026-01-01", query: "icb", count: 3 },
  { day: "2026-01-01", query: "band 7 pay", count: 1 },
  { day: "2026-01-02", query: "icb", count: 2 },
];

const source = (rows: StoredAnswer[], searchMissDays: SearchMissDay[] = []) => ({ all: async () => rows, searchMissDays: async () => searchMissDays });
const fields = ({ page, useful, whatDoing, whatWrong, javascript, createdAt }: StoredAnswer): Answer & { createdAt: Date } => ({
  page,
  useful,
  whatDoing,
  whatWrong,
  javascript,
  createdAt,
});

const targets: Array<{ kind: string; skip: boolean; setup(): Promise<{ config: StoreConfig; cleanup(): Promise<void> }> }> = [
  {
    kind: "embedded",
    skip: false,
    async setup() {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-copy-"));
      return { config: { kind: "embedded", dataDir }, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    kind: "postgres",
    skip: !databaseUrl,
    async setup() {
      const database = await createDatabase(databaseUrl);
      return { config: { kind: "postgres", url: database.url, poolSize: 2 }, cleanup: () => database.drop() };
    },
  },
];

describe.each(targets)("copying answers into the $kind store", ({ skip, setup }) => {
  it.skipIf(skip)("is all or nothing: a failure part-way leaves the target empty, and a rerun copies every answer with its time", { timeout: SLOW_OPEN_MS }, async () => {
    const target = await setup();
    const into = await openStore(target.config);
    try {
      const failure = await copyAnswers(source(withOneRefused()), into).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(await into.all()).toEqual([]);

      expect(await copyAnswers(source(answers()), into)).toEqual({ copied: COUNT, searchMissDays: 0 });
      const copied = await into.all();
      expect(copied.map(fields)).toEqual(answers().map(fields));

      // A second run refuses, so the answers are not doubled.
      expect(await copyAnswers(source(answers()), into)).toEqual({ refused: "not-empty", already: COUNT });
      expect(await into.all()).toHaveLength(COUNT);
    } finally {
      await into.close();
      await target.cleanup();
    }
  });

  it.skipIf(skip)("copies the daily counts of searches with no results with the answers, in the same transaction", { timeout: SLOW_OPEN_MS }, async () => {
    const target = await setup();
    const into = await openStore(target.config);
    try {
      // Refused with the answers: none of the counts are kept either.
      const failure = await copyAnswers(source(withOneRefused(), MISS_DAYS), into).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(await into.searchMissDays()).toEqual([]);

      expect(await copyAnswers(source(answers().slice(0, 2), MISS_DAYS), into)).toEqual({ copied: 2, searchMissDays: 3 });
      expect(await into.searchMissDays()).toEqual([...MISS_DAYS].sort((a, b) => a.day.localeCompare(b.day) || a.query.localeCompare(b.query)));
      expect(await into.searchMisses({ since: "2026-01-01" })).toEqual([
        { query: "icb", recent: 5, total: 5, firstSeen: "2026-01-01", lastSeen: "2026-01-02" },
        { query: "band 7 pay", recent: 1, total: 1, firstSeen: "2026-01-01", lastSeen: "2026-01-01" },
      ]);

      // Into a store that has counted since (--into-non-empty): the counts of a day add up.
      await copyAnswers(source([], [{ day: "2026-01-02", query: "icb", count: 4 }]), into, { intoNonEmpty: true });
      expect((await into.searchMisses({ since: "2026-01-01" }))[0]).toMatchObject({ query: "icb", total: 9 });
    } finally {
      await into.close();
      await target.cleanup();
    }
  });
});
