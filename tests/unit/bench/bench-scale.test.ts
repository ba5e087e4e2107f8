import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderScaleSection, SCALE_END, SCALE_START, writeScaleSection, type SizeResult } from "@/bench/sections/scale/report";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "careers-scale-results-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const timing = (label: string, median: number) => ({ label, path: "/search?q=data", results: "20 shown of 1,000", status: 200, median, p99: median * 2, cpu: median / 2 });
const result = (roles: number, home: number, compareStatus = 200): SizeResult => ({
  roles,
  industries: 30,
  buildMs: 60_000,
  buildCpuMs: 90_000,
  pages: [
    { label: "Home", path: "/", status: 200, raw: home, gzip: home / 10 },
    { label: "All roles A to Z", path: "/roles", status: 404, raw: 2000, gzip: 500 },
    { label: "Compare chooser", path: "/compare", status: compareStatus, raw: 140 * 1024, gzip: 9000 },
  ],
  broad: timing("`/search?q=data`", roles === 4 ? 10 : 15),
  narrow: timing('"Audit analyst 1"', 8),
});
const FACTS = { requests: 200, warmup: 20, loadAtStart: "1.0, 1.0, 1.0", loadAtEnd: "1.0, 1.0, 1.0", totalMs: 1000 };

describe("the Scale section of bench/RESULTS.md", () => {
  const section = renderScaleSection([result(4, 20 * 1024), result(1000, 120 * 1024)], FACTS);

  it("reports a page that does not answer 200 by its status, and judges the targets at the largest size", () => {
    expect(section.startsWith(SCALE_START)).toBe(true);
    expect(section.endsWith(SCALE_END)).toBe(true);
    expect(section).toContain("| All roles A to Z: `/roles` | 404 | 404 |");
    expect(section).toContain("| Home: `/` | 20.0 KB / 2.0 KB | 120.0 KB / 12.0 KB |");
    expect(section).toMatch(/Home page at most 100 KB of HTML at 1,000 roles \| 120\.0 KB \| \*\*missed\*\*/);
    expect(section).toMatch(/Compare chooser at most 150 KB of HTML at 1,000 roles \| 140\.0 KB \| \*\*met\*\*/);
    expect(section).toMatch(/at most 2 × that at 4 \| 1\.5 × \| \*\*met\*\*/);
  });

  it("says a target was not measured when its page is missing", () => {
    expect(renderScaleSection([result(4, 1000), result(1000, 1000, 404)], FACTS)).toMatch(
      /Compare chooser at most 150 KB of HTML at 1,000 roles \| 404 \| not measured \|/,
    );
  });

  it("goes before the hand-written part when the file has no Scale section, and replaces only itself after", () => {
    const file = path.join(work, "RESULTS.md");
    const before = "# Benchmark results\n\n## Serving\n\nfigures\n\n";
    const after = "<!-- Written by hand below this line: npm run bench keeps it. -->\n\n## Notes\n";
    fs.writeFileSync(file, before + after);
    writeScaleSection(file, `${SCALE_START}\nfirst\n${SCALE_END}`);
    expect(fs.readFileSync(file, "utf8")).toBe(`${before}${SCALE_START}\nfirst\n${SCALE_END}\n\n${after}`);
    writeScaleSection(file, `${SCALE_START}\nsecond\n${SCALE_END}`);
    expect(fs.readFileSync(file, "utf8")).toBe(`${before}${SCALE_START}\nsecond\n${SCALE_END}\n\n${after}`);
  });

  it("goes at the end of a file with no hand-written part, and starts a missing file", () => {
    const file = path.join(work, "other.md");
    fs.writeFileSync(file, "# Results\n");
    writeScaleSection(file, `${SCALE_START}\nx\n${SCALE_END}`);
    expect(fs.readFileSync(file, "utf8")).toBe(`# Results\n\n${SCALE_START}\nx\n${SCALE_END}\n`);
    const missing = path.join(work, "missing.md");
    writeScaleSection(missing, `${SCALE_START}\ny\n${SCALE_END}`);
    expect(fs.readFileSync(missing, "utf8")).toBe(`${SCALE_START}\ny\n${SCALE_END}\n`);
  });
});
