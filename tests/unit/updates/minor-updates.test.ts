// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  guideFeedXml,
  guideLastUpdated,
  guideUpdates,
  historyPages,
  industryHistory,
  lastUpdated,
  pageFeedXml,
  pageUpdates,
  roleHistory,
  updateItem,
} from "@/lib/updates/feeds";
import {
  CODER_NOTES,
  CODER_REVIEWER_NOTE,
  CODER_SAME_DAY_REVIEWER_NOTE,
  INDUSTRY_NOTES,
  INDUSTRY_REVIEWER_NOTE,
  MINOR_DAY,
  coderOf,
  expectNothingHidden,
  loadMinorContent,
} from "./minor-content";

/*
 * Minor updates (`minor: true` in a page's `changes`, issue 19) are never shown to readers: not in the page's
 * history, not in "Last updated", not in /updates or the home page's latest updates, not in the feeds. The content
 * the site gets holds only the notes; these tests follow it from the files to the feeds' XML.
 */

const { content, files } = loadMinorContent();
const coder = coderOf(content);
const industry = content.industries[0]!;
const pages = historyPages(content.industries, content.roles);
const SITE = new URL("https://careers.example.org");

/** The feed's entries, parsed by a real XML parser: id, updated, title and content as a reader shows them. */
function entriesOf(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  const own = (parent: Element, name: string) => [...parent.children].filter((child) => child.localName === name);
  const feed = doc.documentElement;
  return {
    updated: own(feed, "updated")[0]?.textContent,
    entries: own(feed, "entry").map((entry) => ({
      id: own(entry, "id")[0]?.textContent,
      updated: own(entry, "updated")[0]?.textContent,
    })),
  };
}

describe("the files", () => {
  it("hold the minor entries with their reviewers' notes (so the tests below are not vacuous)", () => {
    expect(files.coder).toContain(`- date: ${MINOR_DAY}\n    minor: true\n    note: ${CODER_REVIEWER_NOTE}`);
    expect(files.coder).toContain(CODER_SAME_DAY_REVIEWER_NOTE);
    expect(files.industry).toContain(INDUSTRY_REVIEWER_NOTE);
  });
});

describe("the content the site gets", () => {
  it("has each page's notes only, newest first, as { date, note }", () => {
    expect(coder.changes).toEqual(CODER_NOTES);
    expect(industry.changes).toEqual(INDUSTRY_NOTES);
    for (const change of [...coder.changes, ...industry.changes]) expect(Object.keys(change).sort()).toEqual(["date", "note"]);
  });

  it("gives the minor entries away nowhere, not even in another field", () => {
    expectNothingHidden(JSON.stringify(content), "the content");
  });
});

describe("Last updated", () => {
  it("is the newest note's date, not the newer minor entry's", () => {
    expect(lastUpdated(coder.changes)).toBe(CODER_NOTES[0]!.date);
    expect(lastUpdated(industry.changes)).toBe(INDUSTRY_NOTES[0]!.date);
  });

  it("of the whole guide is the newest note in it", () => {
    expect(guideLastUpdated(pages)).toBe("2026-11-25");
  });
});

describe("/updates and the page histories", () => {
  it("list the notes only", () => {
    const updates = guideUpdates(pages);
    expect(updates.map((update) => `${update.date} ${update.page.slug}: ${update.note}`)).toEqual([
      "2026-11-25 health: First published.",
      "2026-11-25 data-analyst: First published.",
      "2026-11-24 clinical-coder: Added the routes into clinical coding.",
      "2026-11-20 clinical-coder: First published.",
    ]);
    expectNothingHidden(JSON.stringify(updates.map(updateItem)), "the /updates list");
  });

  it("key a note by its place among that day's notes, not counting a minor entry of the same day", () => {
    expect(pageUpdates(roleHistory(coder)).map((update) => update.key)).toEqual(["2026-11-24-1", "2026-11-20-1"]);
  });
});

describe("the feeds", () => {
  it("the role's feed has an entry per note, is as new as its newest note, and gives nothing minor away", () => {
    const xml = pageFeedXml(roleHistory(coder), SITE);
    expectNothingHidden(xml, "the role's feed");
    const feed = entriesOf(xml);
    expect(feed.updated).toBe("2026-11-24T00:00:00.000Z");
    expect(feed.entries).toEqual([
      { id: "https://careers.example.org/roles/clinical-coder#update-2026-11-24-1", updated: "2026-11-24T00:00:00.000Z" },
      { id: "https://careers.example.org/roles/clinical-coder#update-2026-11-20-1", updated: "2026-11-20T00:00:00.000Z" },
    ]);
  });

  it("the industry's feed has its one note and is as new as it", () => {
    const xml = pageFeedXml(industryHistory(industry), SITE);
    expectNothingHidden(xml, "the industry's feed");
    expect(entriesOf(xml)).toEqual({
      updated: "2026-11-25T00:00:00.000Z",
      entries: [{ id: "https://careers.example.org/industries/health#update-2026-11-25-1", updated: "2026-11-25T00:00:00.000Z" }],
    });
  });

  it("the guide's feed has an entry per note in the guide and is as new as the newest", () => {
    const xml = guideFeedXml({ pages, siteUrl: SITE });
    expectNothingHidden(xml, "the guide's feed");
    const feed = entriesOf(xml);
    expect(feed.updated).toBe("2026-11-25T00:00:00.000Z");
    expect(feed.entries.map((entry) => entry.updated)).toEqual([
      "2026-11-25T00:00:00.000Z",
      "2026-11-25T00:00:00.000Z",
      "2026-11-24T00:00:00.000Z",
      "2026-11-20T00:00:00.000Z",
    ]);
  });
});
