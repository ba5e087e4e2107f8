import { describe, expect, it } from "vitest";
import { getIndustries, getRole, getRoles, type Industry, type Role } from "@/lib/content";
import {
  industriesIndexJson,
  industryToJson,
  jsonFileName,
  jsonResponse,
  roleToJson,
  rolesIndexJson,
  slugFromJsonFileName,
} from "@/lib/open-data";
import { absoluteUrl } from "@/lib/shared/urls";

const SITE = new URL("https://careers.example.org");
const roles = getRoles();
const industry: Industry = getIndustries()[0]!;
const role = (slug: string): Role => {
  const found = getRole(slug);
  if (!found) throw new Error(`no role ${slug}`);
  return found;
};

/** What JSON.stringify then JSON.parse gives back: the value a client of the API sees. */
const overTheWire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("absoluteUrl", () => {
  it("puts a path on the site's address", () => {
    expect(absoluteUrl("/roles/clinical-coder", SITE)).toBe("https://careers.example.org/roles/clinical-coder");
    expect(absoluteUrl("/", SITE)).toBe("https://careers.example.org/");
  });
});

describe("roleToJson", () => {
  const coder = role("clinical-coder");
  const json = roleToJson(coder, SITE);

  it("has every validated field of the role except the internal file path, plus lastUpdated, url, api and feed", () => {
    const expected = Object.keys(coder).filter((key) => key !== "file");
    expect(Object.keys(json).sort()).toEqual([...expected, "lastUpdated", "url", "api", "feed"].sort());
    expect(json).not.toHaveProperty("file");
  });

  it("carries the page's history: its change notes, newest first, and the day of the newest", () => {
    expect(json.changes).toEqual(coder.changes);
    expect(json.changes.at(-1)).toMatchObject({ note: "First published." });
    expect(json.lastUpdated).toBe(coder.changes[0]!.date);
    const edited = roleToJson(
      { ...coder, changes: [{ date: "2099-01-10", note: "Added the routes in." }, ...coder.changes] },
      SITE,
    );
    expect(edited.lastUpdated).toBe("2099-01-10");
    expect(edited.changes.map((change) => change.date)).toEqual(["2099-01-10", ...coder.changes.map((c) => c.date)]);
  });

  it("keeps the content's values as they are", () => {
    expect(json.title).toBe("Clinical Coder");
    expect(json.slug).toBe("clinical-coder");
    expect(json.industry).toBe("healthcare-informatics");
    expect(json.summary).toBe(coder.summary);
    expect(json.skills).toEqual(coder.skills);
    expect(json.standards).toEqual(coder.standards);
    expect(json.qualifications).toEqual([
      { name: "National Clinical Coding Qualification", abbreviation: "NCCQ", kind: "qualification" },
      { name: "Registration of Clinical Coders", abbreviation: "RoCC", kind: "accreditation" },
    ]);
  });

  it("gives the rendered profile sections as { id, heading, html }", () => {
    expect(json.sections.length).toBe(coder.sections.length);
    for (const section of json.sections) {
      expect(Object.keys(section)).toEqual(["id", "heading", "html"]);
      expect(section.html).toMatch(/^<p>/);
    }
    expect(json.sections[0]).toMatchObject({ id: "work", heading: "What the work involves" });
  });

  it("gives absolute URLs on SITE_URL for the page, the JSON and the page's feed", () => {
    expect(json.url).toBe("https://careers.example.org/roles/clinical-coder");
    expect(json.api).toBe("https://careers.example.org/api/roles/clinical-coder.json");
    expect(json.feed).toBe("https://careers.example.org/roles/clinical-coder/updates.atom");
  });

  it("survives JSON.stringify unchanged", () => {
    expect(overTheWire(json)).toEqual(json);
  });

  it("gives the review and change dates as YYYY-MM-DD", () => {
    expect(json.lastReviewed).toBe(coder.lastReviewed);
    expect(json.nextReviewDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const change of json.changes) expect(change.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("gives empty lists as empty arrays", () => {
    const safety = roleToJson(role("trust-and-safety"), SITE);
    expect(safety.qualifications).toEqual([]);
    expect(safety.workplaces).toEqual([]);
    expect(safety.specialisms).toHaveLength(5);
  });
});

describe("industryToJson", () => {
  const json = industryToJson(industry, { siteUrl: SITE });

  it("has the industry's validated fields except the file path, plus lastUpdated, url, api and feed", () => {
    const expected = Object.keys(industry).filter((key) => key !== "file");
    expect(Object.keys(json).sort()).toEqual([...expected, "lastUpdated", "url", "api", "feed"].sort());
    expect(json.name).toBe("Healthcare & Informatics");
    expect(json.summary).toBe(industry.summary);
    // Each term's first use links to the glossary (on the page it links to "Terms on this page", which the JSON lacks).
    expect(json.bigPictureHtml).toBe(industry.bigPictureHtml.replaceAll('href="#term-', 'href="https://careers.example.org/glossary#'));
    expect(json.bigPictureHtml).toContain('<a href="https://careers.example.org/glossary#online-safety-act">Online Safety Act</a>');
    expect(json.url).toBe("https://careers.example.org/industries/healthcare-informatics");
    expect(json.api).toBe("https://careers.example.org/api/industries/healthcare-informatics.json");
    expect(json.feed).toBe("https://careers.example.org/industries/healthcare-informatics/updates.atom");
  });

  it("carries the industry page's history and the day of its newest change", () => {
    expect(json.changes).toEqual(industry.changes);
    expect(json.lastUpdated).toBe(industry.changes[0]!.date);
  });

  it("gives each path pattern the absolute URL of the role it leads to", () => {
    expect(json.pathPatterns).toEqual(
      industry.pathPatterns.map((pattern) => ({
        ...pattern,
        url: `https://careers.example.org/roles/${pattern.to}`,
      })),
    );
  });

  it("lists its roles in the industry's order as { slug, title, url }", () => {
    expect(json.roles.map((each) => each.slug)).toEqual(industry.roles);
    expect(json.roles[0]).toEqual({
      slug: "trust-and-safety",
      title: "Trust & Safety",
      url: "https://careers.example.org/roles/trust-and-safety",
    });
    for (const each of json.roles) expect(each.title).toBe(role(each.slug).title);
  });

  it("survives JSON.stringify unchanged", () => {
    expect(overTheWire(json)).toEqual(json);
  });
});

describe("the list endpoints", () => {
  it("list every role as { count, items } with each role's summary and absolute URLs", () => {
    const json = rolesIndexJson(roles, SITE);
    expect(json.count).toBe(roles.length);
    expect(json.items).toHaveLength(roles.length);
    const coder = json.items.find((item) => item.slug === "clinical-coder");
    expect(coder).toEqual({
      slug: "clinical-coder",
      title: "Clinical Coder",
      summary: role("clinical-coder").summary,
      lastUpdated: role("clinical-coder").changes[0]!.date,
      url: "https://careers.example.org/roles/clinical-coder",
      api: "https://careers.example.org/api/roles/clinical-coder.json",
    });
  });

  it("list every industry as { count, items } with each industry's summary and absolute URLs", () => {
    expect(industriesIndexJson(getIndustries(), SITE)).toEqual({
      count: 1,
      items: [
        {
          slug: "healthcare-informatics",
          name: "Healthcare & Informatics",
          summary: industry.summary,
          lastUpdated: industry.changes[0]!.date,
          url: "https://careers.example.org/industries/healthcare-informatics",
          api: "https://careers.example.org/api/industries/healthcare-informatics.json",
        },
      ],
    });
  });

  it("use http://localhost:3000 when SITE_URL is not set", () => {
    const saved = process.env.SITE_URL;
    delete process.env.SITE_URL;
    try {
      expect(rolesIndexJson().items[0]!.url).toMatch(/^http:\/\/localhost:3000\/roles\//);
    } finally {
      if (saved !== undefined) process.env.SITE_URL = saved;
    }
  });
});

describe("JSON file names", () => {
  it("are the slug plus .json, and read back to the slug", () => {
    expect(jsonFileName("clinical-coder")).toBe("clinical-coder.json");
    expect(slugFromJsonFileName("clinical-coder.json")).toBe("clinical-coder");
  });

  it("are refused without the .json suffix or with anything but a slug before it", () => {
    for (const name of ["clinical-coder", "clinical-coder.xml", ".json", "Clinical-Coder.json", "../x.json", "a b.json"]) {
      expect(slugFromJsonFileName(name), name).toBeUndefined();
    }
  });
});

describe("jsonResponse", () => {
  it("answers pretty-printed JSON as application/json; charset=utf-8", async () => {
    const response = jsonResponse({ count: 1, items: ["é"] });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.text()).toBe('{\n  "count": 1,\n  "items": [\n    "é"\n  ]\n}\n');
  });

  it("can answer with another status", () => {
    expect(jsonResponse({ error: "No such role" }, { status: 404 }).status).toBe(404);
  });
});
