/**
 * Search benchmark: how long building the index takes, and how long queries take once it is built.
 * Run with `npx tsx bench/search.ts`. Not a test: speed depends on the machine.
 *
 * 2026-11-26, 2-core Intel Xeon VM (shared), Node 20, 5 pages: building the index (and choosing the example
 * searches) took 1.4 ms (median of 200); a query took 0.01–0.14 ms (median of 500), the slowest kind being
 * 12 long words of 200 characters, each searched with prefix and fuzzy matching.
 */
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { createSearchEngine } from "../lib/search";
import { median } from "../lib/shared/stats";

const root = process.cwd();
const loaded = loadContent(path.join(root, "content"), root);
if (!loaded.content) throw new Error("the content has problems: run npm run content:check");
const content = loaded.content;

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

const build = time(200, () => createSearchEngine(content));
console.log(`build the index (${content.industries.length + content.roles.length} pages): median ${ms(build.median)}, max ${ms(build.max)}`);

const engine = createSearchEngine(content);
const queries: Record<string, string> = {
  "one word": "SQL",
  "prefix": "informat",
  "typo": "analist",
  "AND then OR": "coder SQL",
  "no results": "zzzzqqq",
  "200 characters, 12 long words": Array.from({ length: 12 }, (_, index) => `informaticsword${index}`).join(" "),
  "200 characters of one letter": "a".repeat(5000),
  "hostile markup": "<script>alert(1)</script>",
};
for (const [label, query] of Object.entries(queries)) {
  const result = time(500, () => engine.search(query));
  console.log(`${label}: median ${ms(result.median)}, max ${ms(result.max)}`);
}
