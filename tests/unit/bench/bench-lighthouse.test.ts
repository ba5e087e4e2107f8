import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Audit } from "@/scripts/harness/lighthouse-audit";
import {
  LIGHTHOUSE_END,
  LIGHTHOUSE_MARKERS,
  LIGHTHOUSE_START,
  medianAndRange,
  renderLighthouseSection,
  type LighthouseRun,
} from "@/bench/sections/lighthouse";
import { HAND_WRITTEN, keptByFullBench, readResultsSection, writeResultsSection } from "@/bench/results-file";
import { SCALE_END, SCALE_MARKERS, SCALE_START } from "@/bench/sections/scale/report";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "careers-lighthouse-results-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const audit = (performance: number, lcp: number, observed = { FCP: 150, LCP: 150 }, seo = 100): Audit => ({
  url: "http://127.0.0.1:3490/",
  scores: { performance, accessibility: 100, "best-practices": 100, seo },
  metrics: { FCP: 920, LCP: lcp, TBT: 45, CLS: 0 },
  failing: [],
  observed,
});

const run = (pages: LighthouseRun["pages"]): LighthouseRun => ({
  date: "2026-11-30",
  lighthouseVersion: "12.2.3",
  chromium: "Chromium 156.0.8078.108",
  machine: "2 × AMD EPYC, Node v20.20.2",
  loadAtStart: "0.5, 1.0, 2.0",
  loadAtEnd: "1.5, 1.2, 2.0",
  pages,
});

describe("the Lighthouse section of bench/RESULTS.md", () => {
  it("gives each page's median with the range, the runs at 99 or more and the runs painted in one frame", () => {
    const section = renderLighthouseSection(
      run([
        { name: "home", path: "/", audits: [audit(99, 2250), audit(98, 2300), audit(100, 1010), audit(99, 2200), audit(99, 2240)] },
        { name: "role", path: "/roles/clinical-coder", audits: [audit(100, 1160), audit(100, 1700, { FCP: 150, LCP: 300 })] },
      ]),
    );
    expect(section.startsWith(LIGHTHOUSE_START)).toBe(true);
    expect(section.endsWith(LIGHTHOUSE_END)).toBe(true);
    expect(section).toContain("| home (`/`) | 99 (98–100) | 100 | 100 | 100 | 0.92 s | 2.24 s (1.01 s–2.30 s) | 45 ms | 0.000 | 4 of 5 | 5 of 5 |");
    expect(section).toContain("| 100 | 100 | 100 | 100 | 0.92 s | 1.70 s (1.16 s–1.70 s) | 45 ms | 0.000 | 2 of 2 | 1 of 2 |");
    expect(section).toContain("| Performance at least 99 on the home page (median of 5 runs) | 99 | **met** |");
    expect(section).toContain("| Accessibility, best practices and SEO 100 on the role page (every run) | 100 in every run | **met** |");
  });

  it("says missed when the median is below 99 or any run scores below 100 in another category", () => {
    const section = renderLighthouseSection(
      run([{ name: "industry", path: "/industries/x", audits: [audit(98, 2300), audit(98, 2300, undefined, 92), audit(99, 2200)] }]),
    );
    expect(section).toContain("| Performance at least 99 on the industry page (median of 3 runs) | 98 | **missed** |");
    expect(section).toContain("| Accessibility, best practices and SEO 100 on the industry page (every run) | SEO 92 | **missed** |");
  });

  it("writes one value alone when every run gave the same", () => {
    expect(medianAndRange([100, 100, 100])).toBe("100");
    expect(medianAndRange([98, 100, 99])).toBe("99 (98–100)");
  });
});

describe("bench/RESULTS.md's sections", () => {
  const lighthouse = `${LIGHTHOUSE_START}\nlighthouse\n${LIGHTHOUSE_END}`;
  const scale = `${SCALE_START}\nscale\n${SCALE_END}`;

  it("puts a new section before the hand-written part and replaces it in place afterwards", () => {
    const file = path.join(work, "RESULTS.md");
    fs.writeFileSync(file, `# Results\n\n${HAND_WRITTEN}\n\nNotes.\n`);
    writeResultsSection(file, lighthouse, LIGHTHOUSE_MARKERS);
    writeResultsSection(file, scale, SCALE_MARKERS);
    expect(fs.readFileSync(file, "utf8")).toBe(`# Results\n\n${lighthouse}\n\n${scale}\n\n${HAND_WRITTEN}\n\nNotes.\n`);
    writeResultsSection(file, `${LIGHTHOUSE_START}\nagain\n${LIGHTHOUSE_END}`, LIGHTHOUSE_MARKERS);
    expect(readResultsSection(fs.readFileSync(file, "utf8"), LIGHTHOUSE_MARKERS)).toBe(`${LIGHTHOUSE_START}\nagain\n${LIGHTHOUSE_END}`);
    expect(readResultsSection(fs.readFileSync(file, "utf8"), SCALE_MARKERS)).toBe(scale);
  });

  it("keeps the Lighthouse section and the hand-written part when npm run bench writes the file anew", () => {
    const previous = `# Results\n\nold figures\n\n${lighthouse}\n\n${scale}\n\n${HAND_WRITTEN}\n\nNotes.\n`;
    expect(keptByFullBench(previous, [LIGHTHOUSE_MARKERS])).toBe(`${lighthouse}\n\n${HAND_WRITTEN}\n\nNotes.\n`);
    expect(keptByFullBench("# Results\n", [LIGHTHOUSE_MARKERS])).toBe(`${HAND_WRITTEN}\n`);
  });
});
