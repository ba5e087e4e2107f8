// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { getIndustries, getRoles } from "@/lib/content";
import {
  ATOM_CONTENT_TYPE,
  atomResponse,
  guideFeedXml,
  guideLastUpdated,
  guideUpdates,
  historyPages,
  industryHistory,
  lastUpdated,
  laterDay,
  pageFeedXml,
  pageUpdates,
  roleHistory,
  updateItem,
} from "@/lib/updates/feeds";
import { makeIndustry, makeRole } from "../../support/factories";

const ATOM = "http://www.w3.org/2005/Atom";
const SITE = new URL("https://careers.example.org");
/** RFC 3339's date-time (section 5.6), as Atom's dates must be written (RFC 4287, 3.3). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

// jsdom's DOMParser: a real XML parser, which rejects anything that is not well-formed.
/** The feed parsed by a real XML parser; fails on anything that is not well-formed. */
function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror"), xml).toHaveLength(0);
  expect(doc.documentElement.localName).toBe("feed");
  expect(doc.documentElement.namespaceURI).toBe(ATOM);
  return doc;
}

/** The element's own Atom children with this name (not its entries' children). */
const children = (parent: Element, name: string): Element[] =>
  [...parent.children].filter((child) => child.localName === name && child.namespaceURI === ATOM);
const one = (parent: Element, name: string): Element => {
  const found = children(parent, name);
  expect(found, `<${name}> in <${parent.localName}>`).toHaveLength(1);
  return found[0]!;
};
const text = (parent: Element, name: string): string => one(parent, name).textContent ?? "";
const link = (parent: Element, rel: string): string | null => {
  const found = children(parent, "link").filter((each) => (each.getAttribute("rel") ?? "alternate") === rel);
  expect(found, `<link rel="${rel}"> in <${parent.localName}>`).toHaveLength(1);
  return found[0]!.getAttribute("href");
};
/** What an Atom text construct says, as a reader shows it: type="html" is decoded once more as HTML. */
function readText(element: Element): string {
  const raw = element.textContent ?? "";
  if (element.getAttribute("type") !== "html") return raw;
  return new DOMParser().parseFromString(raw, "text/html").body.textContent ?? "";
}

/** A small guide with a history: one industry and two roles, with notes on several days. */
const coder = makeRole({
  slug: "clinical-coder",
  title: "Clinical Coder",
  changes: [
    { date: "2027-02-10", note: "Added the routes into clinical coding." },
    { date: "2026-12-01", note: "Corrected the name of the qualification." },
    { date: "2026-11-25", note: "First published." },
  ],
});
const safety = makeRole({
  slug: "trust-and-safety",
  title: "Trust & Safety",
  changes: [
    { date: "2027-01-05", note: "Explained <moderation> & escalation." },
    { date: "2027-01-05", note: "Added a specialism." },
    { date: "2026-11-25", note: "First published." },
  ],
});
const industry = makeIndustry({
  slug: "healthcare-informatics",
  name: "Healthcare & Informatics",
  roles: ["trust-and-safety", "clinical-coder"],
  changes: [
    { date: "2027-02-10", note: "Listed the clinical coder's path in." },
    { date: "2026-11-25", note: "First published." },
  ],
});
const pages = historyPages([industry], [safety, coder]);

describe("lastUpdated", () => {
  it("is the newest change note's date", () => {
    expect(lastUpdated(coder.changes)).toBe("2027-02-10");
    expect(lastUpdated([{ date: "2026-11-25", note: "First published." }])).toBe("2026-11-25");
  });

  it("is the newest date even if a list is out of order", () => {
    expect(lastUpdated([...coder.changes].reverse())).toBe("2027-02-10");
  });

  it("refuses an empty history", () => {
    expect(() => lastUpdated([])).toThrow(/at least one change note/);
  });

  it("laterDay picks the later of two days, as the sitemap's lastmod does", () => {
    expect(laterDay("2026-11-25", "2027-01-05")).toBe("2027-01-05");
    expect(laterDay("2027-01-05", "2026-11-25")).toBe("2027-01-05");
  });
});

describe("the guide's updates", () => {
  const updates = guideUpdates(pages);

  it("hold every note of every page, newest first", () => {
    expect(updates).toHaveLength(8);
    const dates = updates.map((update) => update.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(guideLastUpdated(pages)).toBe("2027-02-10");
  });

  it("keep page order (industries, then roles) and the notes' own order on the same day", () => {
    expect(updates.map((update) => `${update.date} ${update.page.slug}: ${update.note}`)).toEqual([
      "2027-02-10 healthcare-informatics: Listed the clinical coder's path in.",
      "2027-02-10 clinical-coder: Added the routes into clinical coding.",
      "2027-01-05 trust-and-safety: Explained <moderation> & escalation.",
      "2027-01-05 trust-and-safety: Added a specialism.",
      "2026-12-01 clinical-coder: Corrected the name of the qualification.",
      "2026-11-25 healthcare-informatics: First published.",
      "2026-11-25 trust-and-safety: First published.",
      "2026-11-25 clinical-coder: First published.",
    ]);
  });

  it("key each note by its date and its place among that day's notes, counted from the oldest", () => {
    expect(pageUpdates(roleHistory(safety)).map((update) => update.key)).toEqual([
      "2027-01-05-2",
      "2027-01-05-1",
      "2026-11-25-1",
    ]);
  });

  it("give the page lists an id, the page and the note", () => {
    expect(updateItem(updates[2]!)).toEqual({
      id: "/roles/trust-and-safety#update-2027-01-05-2",
      date: "2027-01-05",
      note: "Explained <moderation> & escalation.",
      page: { kind: "role", title: "Trust & Safety", path: "/roles/trust-and-safety" },
    });
  });
});

describe("the guide's Atom feed (RFC 4287)", () => {
  const xml = guideFeedXml({ pages, siteUrl: SITE });
  const feed = parse(xml).documentElement;
  const entries = children(feed, "entry");

  it("says it is UTF-8 XML", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });

  it("has an id, a title, an updated date, an author, and links to itself and to /updates", () => {
    expect(text(feed, "id")).toBe("https://careers.example.org/updates.atom");
    expect(text(feed, "title")).toBe("Careers Guide: all updates");
    expect(text(feed, "updated")).toMatch(RFC3339);
    expect(text(feed, "updated")).toBe("2027-02-10T00:00:00.000Z");
    expect(text(one(feed, "author"), "name")).toBe("Careers Guide");
    expect(text(one(feed, "author"), "uri")).toBe("https://careers.example.org/");
    expect(link(feed, "self")).toBe("https://careers.example.org/updates.atom");
    expect(link(feed, "alternate")).toBe("https://careers.example.org/updates");
  });

  it("has one entry per note, newest first, each with an id, a title, an updated date, a link and content", () => {
    expect(entries).toHaveLength(8);
    for (const entry of entries) {
      expect(text(entry, "id")).toMatch(/^https:\/\/careers\.example\.org\/(roles|industries)\/[a-z-]+#update-\d{4}-\d{2}-\d{2}-\d+$/);
      expect(readText(one(entry, "title"))).toMatch(/^.+: .+$/);
      expect(text(entry, "updated")).toMatch(RFC3339);
      expect(link(entry, "alternate")).toMatch(/^https:\/\/careers\.example\.org\/(roles|industries)\/[a-z-]+$/);
      expect(one(entry, "content").getAttribute("type")).toBe("html");
    }
    const updated = entries.map((entry) => text(entry, "updated"));
    expect(updated).toEqual([...updated].sort().reverse());
    expect(new Set(entries.map((entry) => text(entry, "id"))).size).toBe(entries.length);
  });

  it("names each entry by its page and note, with the words as written (escaped, never as markup)", () => {
    const entry = entries.find((each) => text(each, "id").endsWith("/roles/trust-and-safety#update-2027-01-05-2"))!;
    expect(readText(one(entry, "title"))).toBe("Trust & Safety: Explained <moderation> & escalation.");
    expect(readText(one(entry, "content"))).toBe("Explained <moderation> & escalation.Role profile: Trust & Safety");
    expect(text(entry, "updated")).toBe("2027-01-05T00:00:00.000Z");
    expect(link(entry, "alternate")).toBe("https://careers.example.org/roles/trust-and-safety");
  });

  it("puts every link on the SITE_URL it is given", () => {
    const hrefs = [...feed.getElementsByTagNameNS(ATOM, "link")].map((each) => each.getAttribute("href") ?? "");
    expect(hrefs.length).toBe(2 + entries.length);
    for (const href of hrefs) expect(href.startsWith("https://careers.example.org/"), href).toBe(true);
    const other = parse(guideFeedXml({ pages, siteUrl: new URL("http://localhost:3000") })).documentElement;
    expect(link(other, "self")).toBe("http://localhost:3000/updates.atom");
  });

  it("is the same, byte for byte, when built twice from the same content", () => {
    expect(guideFeedXml({ pages, siteUrl: SITE })).toBe(xml);
  });

  it("keeps every published entry's id when a newer note is added", () => {
    const ids = entries.map((entry) => text(entry, "id"));
    const edited = makeRole({
      ...coder,
      changes: [{ date: "2027-02-10", note: "Added a second note the same day." }, ...coder.changes],
    });
    const later = parse(guideFeedXml({ pages: historyPages([industry], [safety, edited]), siteUrl: SITE }));
    const laterIds = children(later.documentElement, "entry").map((entry) => text(entry, "id"));
    expect(laterIds).toHaveLength(ids.length + 1);
    expect(laterIds).toEqual(expect.arrayContaining(ids));
    expect(laterIds).toContain("https://careers.example.org/roles/clinical-coder#update-2027-02-10-2");
  });
});

describe("a page's Atom feed", () => {
  it("holds only that role's notes, newest first, and links to the role's page and to itself", () => {
    const feed = parse(pageFeedXml(roleHistory(coder), SITE)).documentElement;
    expect(text(feed, "id")).toBe("https://careers.example.org/roles/clinical-coder/updates.atom");
    expect(text(feed, "title")).toBe("Clinical Coder: updates (Careers Guide)");
    expect(text(feed, "updated")).toBe("2027-02-10T00:00:00.000Z");
    expect(link(feed, "self")).toBe("https://careers.example.org/roles/clinical-coder/updates.atom");
    expect(link(feed, "alternate")).toBe("https://careers.example.org/roles/clinical-coder");
    expect(text(one(feed, "author"), "name")).toBe("Careers Guide");
    const entries = children(feed, "entry");
    expect(entries.map((entry) => text(entry, "id"))).toEqual([
      "https://careers.example.org/roles/clinical-coder#update-2027-02-10-1",
      "https://careers.example.org/roles/clinical-coder#update-2026-12-01-1",
      "https://careers.example.org/roles/clinical-coder#update-2026-11-25-1",
    ]);
    expect(entries.map((entry) => readText(one(entry, "title")))).toEqual([
      "Clinical Coder: Added the routes into clinical coding.",
      "Clinical Coder: Corrected the name of the qualification.",
      "Clinical Coder: First published.",
    ]);
  });

  it("gives a note the same id in its page's feed as in the guide's", () => {
    const own = parse(pageFeedXml(industryHistory(industry), SITE)).documentElement;
    const guide = parse(guideFeedXml({ pages, siteUrl: SITE })).documentElement;
    const guideIds = children(guide, "entry").map((entry) => text(entry, "id"));
    for (const entry of children(own, "entry")) expect(guideIds).toContain(text(entry, "id"));
    expect(link(own, "alternate")).toBe("https://careers.example.org/industries/healthcare-informatics");
    expect(readText(one(own, "title"))).toBe("Healthcare & Informatics: updates (Careers Guide)");
  });
});

describe("the real content's feeds", () => {
  it("parse, and hold every change note of every page", () => {
    const all = [...getIndustries(), ...getRoles()];
    const feed = parse(guideFeedXml({ siteUrl: SITE })).documentElement;
    expect(children(feed, "entry")).toHaveLength(all.reduce((sum, page) => sum + page.changes.length, 0));
    for (const role of getRoles()) {
      const own = parse(pageFeedXml(roleHistory(role), SITE)).documentElement;
      expect(children(own, "entry")).toHaveLength(role.changes.length);
      expect(text(own, "updated")).toBe(`${lastUpdated(role.changes)}T00:00:00.000Z`);
    }
  });
});

describe("atomResponse", () => {
  it("answers application/atom+xml; charset=utf-8", async () => {
    const response = atomResponse("<feed/>");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(ATOM_CONTENT_TYPE);
    expect(ATOM_CONTENT_TYPE).toBe("application/atom+xml; charset=utf-8");
    expect(await response.text()).toBe("<feed/>");
  });
});
