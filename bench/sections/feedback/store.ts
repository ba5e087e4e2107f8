/**
 * What was stored: the feedback export (`npm run feedback:export -- --format=json`) checked against what the server
 * acknowledged, id by id.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT } from "../../common";
import type { Sent } from "./load";
import type { StoreCheck } from "./results";
import { WHAT_WRONG, feedbackEnv } from "./settings";

interface Exported {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * `npm run -s feedback:export -- --format=json` with the store's environment. Its output goes to a file, not a
 * pipe: the export ends with process.exit() straight after writing, and Node drops whatever a full pipe has not
 * yet taken (found here: piped output stopped at a multiple of 64 KiB), while writes to a file are synchronous.
 */
export function exportAnswers(store: { dataDir?: string; databaseUrl?: string }): Promise<Exported> {
  const env = { ...feedbackEnv(), ...(store.dataDir ? { DATA_DIR: store.dataDir } : {}), ...(store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : {}) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-feedback-export-"));
  const file = path.join(dir, "answers.json");
  const out = fs.openSync(file, "w");
  const begin = performance.now();
  return new Promise<Exported>((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "feedback:export", "--", "--format=json"], { cwd: ROOT, env, stdio: ["ignore", out, "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code: code ?? -1, stdout: fs.readFileSync(file, "utf8"), stderr, ms: performance.now() - begin }),
    );
  }).finally(() => {
    fs.closeSync(out);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

interface ExportedRow {
  page: string;
  useful: boolean | null;
  whatDoing: string | null;
  whatWrong: string | null;
  javascript: boolean;
  createdAt: string;
}

/** Exports the store and checks it against what was sent: every acknowledged id stored exactly once. */
export async function checkStore(store: { dataDir?: string; databaseUrl?: string }, page: string, prefix: string, sent: Sent[]): Promise<StoreCheck> {
  const exported = await exportAnswers(store);
  if (exported.code !== 0) throw new Error(`the export failed (exit ${exported.code}):\n${exported.stderr}`);
  const rows = JSON.parse(exported.stdout) as ExportedRow[];
  const ours = rows.filter((row) => row.whatDoing?.startsWith(prefix));
  const counts = new Map<string, number>();
  for (const row of ours) counts.set(row.whatDoing!, (counts.get(row.whatDoing!) ?? 0) + 1);
  const byId = new Map(sent.map((record) => [record.id, record]));
  const acknowledged = sent.filter((record) => record.acknowledged);
  const unacknowledged = [...counts.keys()].filter((id) => !byId.get(id)?.acknowledged);
  return {
    acknowledged: acknowledged.length,
    stored: ours.length,
    totalRows: rows.length,
    missing: acknowledged.filter((record) => !counts.has(record.id)).length,
    duplicates: [...counts.values()].reduce((sum, count) => sum + count - 1, 0),
    unacknowledged: unacknowledged.length,
    unacknowledgedNoAnswer: unacknowledged.filter((id) => byId.get(id)?.status === 0).length,
    altered: ours.filter((row) => row.page !== page || row.whatWrong !== WHAT_WRONG || row.useful !== null || row.javascript !== true).length,
    exportMs: exported.ms,
  };
}
