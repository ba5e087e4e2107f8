import { describe, expect, it } from "vitest";
import {
  contentFileUrl,
  describeTally,
  feedbackReportMarkdown,
  formatTime,
  summarisePages,
  type ContentPage,
} from "../../../lib/admin/inbox";
import { recentSince } from "../../../lib/admin/recent";
import type { StoredAnswer } from "../../../lib/feedback/store";

const pages: ContentPage[] = [
  { path: "/roles/a", title: "Alpha", file: "content/roles/a.md" },
  { path: "/roles/b", title: "Bravo", file: "content/roles/b.md" },
  { path: "/roles/c", title: "Charlie", file: "content/roles/c.md" },
  { path: "/industries/d", title: "Delta", file: "content/industries/d.md" },
];

describe("the inbox's summary", () => {
  const summary = summarisePages(pages, {
    recent: [
      { page: "/roles/a", yes: 9, no: 1 },
      { page: "/roles/b", yes: 1, no: 3 },
      { page: "/roles/c", yes: 0, no: 1 },
    ],
    allTime: [
      { page: "/roles/a", yes: 20, no: 2 },
      { page: "/roles/b", yes: 1, no: 3 },
      { page: "/roles/c", yes: 0, no: 1 },
      { page: "/industries/d", yes: 1, no: 9 },
    ],
    recentProblems: [{ page: "/roles/c", count: 2 }],
    allProblems: [{ page: "/roles/c", count: 5 }],
  });

  it("lists every content page, answered or not", () => {
    expect(summary.map((row) => row.path).sort()).toEqual(pages.map((page) => page.path).sort());
  });

  it("puts first the pages with the most No answers and problem reports in the last 30 days, then the lowest share of Yes", () => {
    // Charlie: 1 No + 2 problems = 3; Bravo: 3 No = 3 but a higher share of Yes (25% against 0%); Alpha: 1; Delta: 0.
    expect(summary.map((row) => row.title)).toEqual(["Charlie", "Bravo", "Alpha", "Delta"]);
  });

  it("counts Yes, No and the share of Yes for both periods", () => {
    const alpha = summary.find((row) => row.title === "Alpha")!;
    expect(alpha.recent).toEqual({ yes: 9, no: 1, share: 0.9 });
    expect(alpha.allTime).toEqual({ yes: 20, no: 2, share: 20 / 22 });
    const delta = summary.find((row) => row.title === "Delta")!;
    expect(delta.recent).toEqual({ yes: 0, no: 0, share: null });
  });

  it.each([
    [{ yes: 2, no: 1, share: 2 / 3 }, "2 of 3 said Yes (67%)"],
    [{ yes: 0, no: 0, share: null }, "No answers"],
    [{ yes: 1200, no: 34, share: 1200 / 1234 }, "1,200 of 1,234 said Yes (97%)"],
  ])("describes %j as %j", (tally, text) => {
    expect(describeTally(tally)).toBe(text);
  });

  it("takes the last 30 days back from now", () => {
    expect(recentSince(new Date("2026-11-30T12:00:00Z")).toISOString()).toBe("2026-10-31T12:00:00.000Z");
  });

  it("writes times in UTC, day month year", () => {
    expect(formatTime(new Date("2026-11-29T23:41:05Z"))).toBe("29 November 2026, 23:41 UTC");
  });
});

describe("links to content files", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["javascript:alert(1)", null],
    ["https://github.com/example/guide/blob/main", "https://github.com/example/guide/blob/main/content/roles/a.md"],
    ["https://github.com/example/guide/blob/main/", "https://github.com/example/guide/blob/main/content/roles/a.md"],
  ])("CONTENT_REPOSITORY_URL=%j gives %j", (base, expected) => {
    expect(contentFileUrl("content/roles/a.md", { CONTENT_REPOSITORY_URL: base })).toBe(expected);
  });
});

describe("npm run feedback:report's markdown", () => {
  const now = new Date("2026-11-30T09:00:00Z");
  const report = (page: string, whatDoing: string | null, whatWrong: string | null, minutesAgo: number): StoredAnswer => ({
    id: minutesAgo,
    page,
    useful: null,
    whatDoing,
    whatWrong,
    javascript: true,
    createdAt: new Date(now.getTime() - minutesAgo * 60_000),
  });
  const summary = summarisePages(pages.slice(0, 2), {
    recent: [{ page: "/roles/a", yes: 1, no: 1 }],
    allTime: [{ page: "/roles/a", yes: 1, no: 1 }],
    recentProblems: [{ page: "/roles/a", count: 4 }],
    allProblems: [{ page: "/roles/a", count: 4 }],
  });
  const reports = [
    report("/roles/a", "newest", null, 1),
    report("/roles/a", "Reading | a <b>table</b>\nline two", "`code` and [link](http://x)", 2),
    report("/roles/a", "third", null, 3),
    report("/roles/a", "fourth, not shown", null, 4),
  ];
  const markdown = feedbackReportMarkdown(summary, reports, { now, siteUrl: "https://careers.example.org/" });

  it("has a table row per page with the share of Yes and the number of answers", () => {
    expect(markdown).toContain("| [Alpha](https://careers.example.org/roles/a) (`/roles/a`) | 1 of 2 said Yes (50%) | 1 of 2 said Yes (50%) | 4 / 4 |");
    expect(markdown).toContain("| [Bravo](https://careers.example.org/roles/b) (`/roles/b`) | No answers | No answers | 0 / 0 |");
  });

  it("lists each page's three newest problems, newest first", () => {
    expect(markdown.indexOf("newest")).toBeLessThan(markdown.indexOf("third"));
    expect(markdown).not.toContain("fourth, not shown");
  });

  it("escapes what readers wrote, so it cannot break the table, add links or HTML, or start new lines", () => {
    expect(markdown).toContain("What were you doing? Reading \\| a \\<b\\>table\\</b\\> line two");
    expect(markdown).toContain("What went wrong? \\`code\\` and \\[link\\](http://x)");
  });
});
