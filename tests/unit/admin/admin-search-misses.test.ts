import { describe, expect, it } from "vitest";
import {
  formatDay,
  readSearchMisses,
  SEARCH_MISS_DAYS,
  searchMissesCsv,
  searchMissesMarkdown,
  searchMissSince,
} from "../../../lib/admin/search-misses";
import type { FeedbackStore, SearchMissCount } from "../../../lib/feedback/store";

/** "Searches with no results" in the inbox, its CSV and the markdown report (lib/admin/search-misses.ts). */

const row = (query: string, recent: number, total = recent): SearchMissCount => ({
  query,
  recent,
  total,
  firstSeen: "2026-11-01",
  lastSeen: "2026-11-29",
});

/** A store that records what it was asked and answers `rows` (cut to the limit asked). */
function storeOf(rows: SearchMissCount[]) {
  const asked: Array<Parameters<FeedbackStore["searchMisses"]>[0]> = [];
  const store: Pick<FeedbackStore, "searchMisses"> = {
    async searchMisses(options) {
      asked.push(options);
      return options.limit === undefined ? rows : rows.slice(0, options.limit);
    },
  };
  return { store, asked };
}

const NOW = new Date("2026-11-29T12:00:00Z");

describe("searches with no results for the editors", () => {
  it("counts the last 30 days as today and the 29 days before (UTC)", () => {
    expect(SEARCH_MISS_DAYS).toBe(30);
    expect(searchMissSince(NOW)).toBe("2026-10-31");
    expect(searchMissSince(new Date("2026-11-29T23:59:59Z"))).toBe("2026-10-31");
    expect(searchMissSince(new Date("2026-11-30T00:00:00Z"))).toBe("2026-11-01");
  });

  it("asks for the queries searched in the window, and says when there are more than the inbox lists", async () => {
    const { store, asked } = storeOf([row("icb", 5), row("ccg", 3), row("hes", 1)]);
    expect(await readSearchMisses(store, { now: NOW, limit: 2 })).toEqual({ rows: [row("icb", 5), row("ccg", 3)], more: true });
    expect(asked).toEqual([{ since: "2026-10-31", limit: 3, recentOnly: true }]);
    expect(await readSearchMisses(store, { now: NOW, limit: 3 })).toEqual({ rows: [row("icb", 5), row("ccg", 3), row("hes", 1)], more: false });
  });

  it("writes every query kept to the CSV, formulas neutralised", async () => {
    const { store, asked } = storeOf([row("=hyperlink(\"x\")", 2, 7), row('say "hi"', 0, 1)]);
    expect(await searchMissesCsv(store, NOW)).toBe(
      [
        '"query","searches in the last 30 days","searches on every day kept","first seen","last seen"',
        '"\'=hyperlink(""x"")","2","7","2026-11-01","2026-11-29"',
        '"say ""hi""","0","1","2026-11-01","2026-11-29"',
        "",
      ].join("\r\n"),
    );
    expect(asked).toEqual([{ since: "2026-10-31" }]);
  });

  it("writes the report's section as a markdown table, the query escaped, or says there were none", () => {
    expect(searchMissesMarkdown({ rows: [row("t&s | <b>", 4)], more: false })).toBe(
      [
        "### Searches with no results, last 30 days",
        "",
        "| Query | Searches | First seen | Last seen |",
        "| --- | ---: | --- | --- |",
        "| t&s \\| \\<b\\> | 4 | 2026-11-01 | 2026-11-29 |",
        "",
      ].join("\n"),
    );
    expect(searchMissesMarkdown({ rows: [], more: false })).toBe(
      "### Searches with no results, last 30 days\n\nNo searches without results in the last 30 days.\n",
    );
  });

  it("writes a day as editors read it, the month short as in GOV.UK's tables", () => {
    expect(formatDay("2026-11-29")).toBe("29 Nov 2026");
    expect(formatDay("2027-01-01")).toBe("1 Jan 2027");
    expect(formatDay("2026-09-03")).toBe("3 Sept 2026");
  });
});
