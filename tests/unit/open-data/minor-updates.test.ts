import { describe, expect, it } from "vitest";
import { industriesIndexJson, industryToJson, roleToJson, rolesIndexJson } from "@/lib/open-data";
import {
  CODER_NOTES,
  INDUSTRY_NOTES,
  coderOf,
  expectNothingHidden,
  loadMinorContent,
} from "../updates/minor-content";

/*
 * The open data's public history leaves out minor updates (issue 19), as the pages do: `changes` holds the notes
 * only and `lastUpdated` is the newest note's date, in one page's JSON and in the lists. The content set is the
 * updates' tests' one (tests/unit/updates/minor-content.ts): each page's newest entry is a minor one with a note for
 * reviewers, newer than any note.
 */

const { content } = loadMinorContent();
const coder = coderOf(content);
const industry = content.industries[0]!;
const SITE = new URL("https://careers.example.org");
/** What a client of the API reads: the JSON text. */
const served = (value: unknown) => JSON.stringify(value, null, 2);

describe("a role's JSON", () => {
  const json = roleToJson(coder, SITE);

  it("has the notes only in changes, and the newest note's date as lastUpdated", () => {
    expect(json.changes).toEqual(CODER_NOTES);
    expect(json.lastUpdated).toBe(CODER_NOTES[0]!.date);
  });

  it("gives the minor entries away nowhere", () => {
    expectNothingHidden(served(json), "/api/roles/clinical-coder.json");
  });
});

describe("an industry's JSON", () => {
  const json = industryToJson(industry, { roles: content.roles, siteUrl: SITE });

  it("has the notes only in changes, and the newest note's date as lastUpdated", () => {
    expect(json.changes).toEqual(INDUSTRY_NOTES);
    expect(json.lastUpdated).toBe(INDUSTRY_NOTES[0]!.date);
  });

  it("gives the minor entries away nowhere", () => {
    expectNothingHidden(served(json), "/api/industries/health.json");
  });
});

describe("the lists", () => {
  it("give each page's newest note's date as lastUpdated", () => {
    const roles = rolesIndexJson(content.roles, SITE);
    expect(roles.items.find((item) => item.slug === "clinical-coder")?.lastUpdated).toBe(CODER_NOTES[0]!.date);
    const industries = industriesIndexJson(content.industries, SITE);
    expect(industries.items.map((item) => item.lastUpdated)).toEqual([INDUSTRY_NOTES[0]!.date]);
    expectNothingHidden(served(roles), "/api/roles.json");
    expectNothingHidden(served(industries), "/api/industries.json");
  });
});
