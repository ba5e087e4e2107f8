/**
 * Search benchmark: how long building the index takes, how long queries take once it is built, and how a broad
 * query's time grows from the real content (4 roles) to 1,000 generated roles, in this process (no server, no
 * page rendering: `npm run bench:scale` measures the whole page). Run with `npx tsx bench/search.ts`. Not a
 * test: speed depends on the machine.
 *
 * Issue 21's target, a broad query's page at 1,000 roles within 2 × its time at 4 roles, is measured on the served
 * page by `npm run bench:scale`; here is the engine's part of it. The generated roles get the real glossary, so
 * the query runs through the same synonyms as on the site.
 *
 * 2026-11-26, 2-core Intel Xeon VM (shared), Node 20, 5 pages: building the index (and choosing the example
 * searches) took 1.4 ms (median of 200); a query took 0.01–0.14 ms (median of 500), the slowest kind being
 * 12 long words of 200 characters, each searched with prefix and fuzzy matching.
 *
 * 2026-12-03, 2 × AMD EPYC (shared, load average 2), Node 20, after issue 21 (codes, synonyms, suggestions): 5
 * pages built in 3.3 ms, 1,030 in 196 ms; a query 0.04–0.25 ms, a search that finds nothing and is given
 * suggestions 0.21 ms. The broad query: 0.117 ms at 4 roles, 0.728 ms at 1,000 (6.2 ×, the engine alone; before
 * issue 21, measured side by side in one process, the same: 1.68 ms both at 1,000). The whole page served, by
 * `npm run bench:scale` the same day: 8.3 ms at 4 roles, 10.8 ms at 1,000, 1.3 ×.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent, type Content } from "../lib/content";
import { createSearchEngine } from "../lib/search";
import { median } from "../lib/shared/stats";
import { generateContent } from "../scripts/harness/generate-content";

const root = process.cwd();

function load(dir: string, projectRoot: string): Content {
  const loaded = loadContent(dir, projectRoot);
  if (!loaded.content) throw new Error(`the content in ${dir} has problems: run npm run content:check`);
  return loaded.content;
}

function time(runs: number, task: () => unknown): { median: number; max: number } {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), max: Math.max(...samples) };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

const content = load(path.join(root, "content"), root);
const build = time(200, () => createSearchEngine(content));
console.log(`build the index (${content.industries.length + content.roles.length} pages): median ${ms(build.median)}, max ${ms(build.max)}`);

const engine = createSearchEngine(content);
const queries: Record<string, string> = {
  "one word": "SQL",
  "prefix": "informat",
  "typo": "analist",
  "AND then OR": "coder SQL",
  "a code written as two words": "ICD 10",
  "a glossary abbreviation (synonyms)": "hes",
  "no results, nothing near": "zzzzqqq",
  "no results, suggestions": "clinicle codr",
  "200 characters, 12 long words": Array.from({ length: 12 }, (_, index) => `informaticsword${index}`).join(" "),
  "200 characters of one letter": "a".repeat(5000),
  "hostile markup": "<script>alert(1)</script>",
};
for (const [label, query] of Object.entries(queries)) {
  const result = time(500, () => engine.search(query));
  console.log(`${label}: median ${ms(result.median)}, max ${ms(result.max)}`);
}

// The broad query at 4 and at 1,000 roles: every generated role has "data" in its summary.
const BROAD = "data";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
try {
  generateContent(dir, { industries: 30, roles: 1000 });
  const big: Content = { ...load(dir, dir), glossary: content.glossary };
  const bigBuild = time(5, () => createSearchEngine(big));
  console.log(`build the index (${big.industries.length + big.roles.length} pages): median ${ms(bigBuild.median)}, max ${ms(bigBuild.max)}`);
  const bigEngine = createSearchEngine(big);
  // Taken in turn, so that a burst of other work on the machine falls on both sizes alike.
  const small: number[] = [];
  const large: number[] = [];
  for (let round = 0; round < 20; round++) {
    small.push(time(50, () => engine.search(BROAD)).median);
    large.push(time(50, () => bigEngine.search(BROAD)).median);
  }
  const [atSmall, atLarge] = [median(small), median(large)];
  console.log(`broad query "${BROAD}" at ${content.roles.length} roles (${engine.search(BROAD).total} results): median ${ms(atSmall)}`);
  console.log(`broad query "${BROAD}" at ${big.roles.length} roles (${bigEngine.search(BROAD).total} results): median ${ms(atLarge)}`);
  console.log(`ratio: ${(atLarge / atSmall).toFixed(2)} × for the engine alone (issue 21's target is for the whole page: npm run bench:scale)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
