import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  compareTitles,
  groupByLetter,
  industryLaterPageParams,
  letterByKey,
  letterLaterPageParams,
  letterOf,
  letterPage,
  letterPageMetadata,
  letterParams,
  homeRolesPerIndustry,
  letterHeading,
  roleCount,
  titleWithPage,
  LETTERS,
  pageOf,
  PAGE_SIZE,
  parseLaterPage,
  rolesAToZ,
} from "@/lib/browse";
import type { Content, Role } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { makeIndustry, makeRole } from "../../support/factories";

const root = process.cwd();
const real = loadContent(path.join(root, "content"), root).content!;

/** A guide of one industry whose roles have these titles (slugs role-1, role-2, … in the order given). */
function guide(titles: string[], industries = 1): Content {
  const roles: Role[] = titles.map((title, index) =>
    makeRole({ slug: `role-${index + 1}`, title, industry: `industry-${(index % industries) + 1}` }),
  );
  return {
    glossary: [],
    industries: Array.from({ length: industries }, (_, index) =>
      makeIndustry({
        slug: `industry-${index + 1}`,
        name: `Industry ${index + 1}`,
        roles: roles.filter((role) => role.industry === `industry-${index + 1}`).map((role) => role.slug),
      }),
    ),
    roles,
  };
}

const numbered = (count: number, title = (n: number) => `Role ${n}`) =>
  Array.from({ length: count }, (_, index) => title(index + 1));

describe("the letter a title is filed under", () => {
  it("is its first letter, whatever its case", () => {
    expect(letterOf("Clinical Coder")).toBe("c");
    expect(letterOf("data analyst")).toBe("d");
  });

  it("ignores diacritics and compatibility forms (NFKD)", () => {
    expect(letterOf("Éclairagiste")).toBe("e");
    expect(letterOf("Ångström technician")).toBe("a");
    expect(letterOf("ﬁre safety officer")).toBe("f"); // the "fi" ligature
    expect(letterOf("Ｒole in full width")).toBe("r");
  });

  it("files Latin letters that NFKD keeps whole under the letter readers look for", () => {
    expect(letterOf("Ørsted engineer")).toBe("o");
    expect(letterOf("Œnologist")).toBe("o");
    expect(letterOf("Æsthetician")).toBe("a");
    expect(letterOf("Łódź liaison")).toBe("l");
  });

  it("is 0–9 for a digit, a symbol or another script", () => {
    expect(letterOf("3D artist")).toBe("0-9");
    expect(letterOf("#1 helper")).toBe("0-9");
    expect(letterOf("Ωmega")).toBe("0-9");
    expect(letterOf("")).toBe("0-9");
  });

  it("has an address key and a label for every letter, 0–9 first", () => {
    expect(LETTERS.map((letter) => letter.label).join(" ")).toBe("0–9 A B C D E F G H I J K L M N O P Q R S T U V W X Y Z");
    expect(letterByKey("r")).toEqual({ key: "r", label: "R" });
    expect(letterByKey("0-9")).toEqual({ key: "0-9", label: "0–9" });
    expect(letterByKey("R")).toBeUndefined();
    expect(letterByKey("ä")).toBeUndefined();
  });
});

describe("A to Z order", () => {
  it("sorts case and accents aside, and numbers by value", () => {
    const titles = ["Role 10", "role 2", "Rôle 3", "Role 1", "Radiographer"];
    expect([...titles].sort(compareTitles)).toEqual(["Radiographer", "Role 1", "role 2", "Rôle 3", "Role 10"]);
  });
});

describe("grouping by letter", () => {
  const items = ["Trust & Safety", "Clinical Coder", "healthcare data analyst", "Health Informatics Specialist"].map(
    (title) => ({ title }),
  );

  it("lists every letter from A to Z in order, empty ones too, each with its titles in order", () => {
    const groups = groupByLetter(items);
    expect(groups.map((group) => group.letter.label).join("")).toBe("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const filled = groups.filter((group) => group.items.length > 0);
    expect(filled.map((group) => [group.letter.label, group.items.map((item) => item.title)])).toEqual([
      ["C", ["Clinical Coder"]],
      ["H", ["Health Informatics Specialist", "healthcare data analyst"]],
      ["T", ["Trust & Safety"]],
    ]);
  });

  it("adds 0–9, first, only when a title starts with something other than A to Z", () => {
    expect(groupByLetter([...items, { title: "3D Artist" }])[0]).toEqual({
      letter: { key: "0-9", label: "0–9" },
      items: [{ title: "3D Artist" }],
    });
    expect(groupByLetter([...items, { title: "3D Artist" }])).toHaveLength(27);
  });

  it("keeps every item exactly once", () => {
    const many = numbered(1000, (n) => `${"ABCÉ3z"[n % 6]}ole ${n}`).map((title) => ({ title }));
    const grouped = groupByLetter(many).flatMap((group) => group.items);
    expect(grouped).toHaveLength(1000);
    expect(new Set(grouped)).toEqual(new Set(many));
  });
});

describe("pages of a list", () => {
  const list = Array.from({ length: 120 }, (_, index) => index + 1);

  it("shows 50 a page, with the page number, page count and places", () => {
    expect(PAGE_SIZE).toBe(50);
    const first = pageOf(list, 1)!;
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 120, from: 1, to: 50 });
    expect(first.items).toEqual(list.slice(0, 50));
    const last = pageOf(list, 3)!;
    expect(last).toMatchObject({ page: 3, pageCount: 3, from: 101, to: 120 });
    expect(last.items).toEqual(list.slice(100));
  });

  it("has exactly one page for 50 items or fewer, even none", () => {
    expect(pageOf(list.slice(0, 50), 1)).toMatchObject({ pageCount: 1, to: 50 });
    expect(pageOf(list.slice(0, 50), 2)).toBeUndefined();
    expect(pageOf([], 1)).toMatchObject({ items: [], pageCount: 1, from: 0, to: 0 });
  });

  it("has no page before the first, past the last or between two", () => {
    for (const page of [0, -1, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(pageOf(list, page), String(page)).toBeUndefined();
    }
  });

  it("reads a later page's number from an address only when written plainly, from 2", () => {
    expect(parseLaterPage("2")).toBe(2);
    expect(parseLaterPage("20")).toBe(20);
    for (const segment of ["1", "0", "02", "-2", "2.0", "1e2", "two", "", " 2", "9999999"]) {
      expect(parseLaterPage(segment), segment).toBeUndefined();
    }
  });
});

describe("the roles A to Z", () => {
  it("files the real guide's four roles under C, H and T, with their industry", () => {
    const { total, letters } = rolesAToZ(real);
    expect(total).toBe(real.roles.length);
    const filled = letters.filter((group) => group.items.length > 0);
    expect(filled.map((group) => group.letter.key)).toEqual(["c", "h", "t"]);
    expect(filled[1]!.items.map((role) => role.title)).toEqual(["Health Informatics Specialist", "Healthcare Data Analyst"]);
    expect(filled[0]!.items[0]).toEqual({
      slug: "clinical-coder",
      title: "Clinical Coder",
      summary: real.roles.find((role) => role.slug === "clinical-coder")!.summary,
      industry: { slug: "healthcare-informatics", name: "Healthcare & Informatics" },
    });
    expect(letterParams(real)).toEqual([{ letter: "c" }, { letter: "h" }, { letter: "t" }]);
    expect(letterLaterPageParams(real)).toEqual([]);
  });

  it("pages a letter of 1,000 roles 50 at a time, in A to Z order, and reaches every role", () => {
    const content = guide(numbered(1000).reverse(), 30);
    expect(letterParams(content)).toEqual([{ letter: "r" }]);
    const later = letterLaterPageParams(content);
    expect(later).toHaveLength(19);
    expect(later[0]).toEqual({ letter: "r", page: "2" });
    expect(later.at(-1)).toEqual({ letter: "r", page: "20" });

    const first = letterPage(content, "r")!;
    expect(first).toMatchObject({ page: 1, pageCount: 20, total: 1000, from: 1, to: 50 });
    expect(first.items.slice(0, 3).map((role) => role.title)).toEqual(["Role 1", "Role 2", "Role 3"]);
    expect(first.letter).toEqual({ key: "r", label: "R" });
    expect(first.letters).toHaveLength(26);

    const seen = new Set<string>();
    for (let page = 1; page <= 20; page++) {
      for (const role of letterPage(content, "r", page)!.items) seen.add(role.slug);
    }
    expect(seen.size).toBe(1000);
    expect(letterPage(content, "r", 20)!.items.at(-1)!.title).toBe("Role 1000");
  });

  it("has no page for an unknown letter, a letter with no roles, or a page past the end", () => {
    const content = guide(numbered(120));
    expect(letterPage(content, "r", 3)).toMatchObject({ from: 101, to: 120 });
    expect(letterPage(content, "r", 4)).toBeUndefined();
    expect(letterPage(content, "r", 0)).toBeUndefined();
    expect(letterPage(content, "a")).toBeUndefined();
    expect(letterPage(content, "R")).toBeUndefined();
    expect(letterPage(content, "0-9")).toBeUndefined();
    expect(letterPage(content, "zz")).toBeUndefined();
  });
});

describe("a letter page's description", () => {
  it("agrees with its count: 1 role starts, 2 roles start", () => {
    expect(letterPageMetadata(letterPage(guide(["Coder"]), "c")!).description).toMatch(/^1 role in the guide starts with C: /);
    expect(letterPageMetadata(letterPage(guide(["Coder", "Clerk"]), "c")!).description).toMatch(/^2 roles in the guide start with C: /);
  });
});

describe("an industry's pages of roles", () => {
  it("has later pages only for an industry of more than 50 roles", () => {
    const content = guide(numbered(160), 2);
    expect(industryLaterPageParams(content.industries)).toEqual([{ industry: "industry-1", page: "2" }, { industry: "industry-2", page: "2" }]);
    expect(industryLaterPageParams(guide(numbered(100), 2).industries)).toEqual([]);
    expect(industryLaterPageParams(real.industries)).toEqual([]);
  });
});

describe("titles and counts", () => {
  it("adds the page to a title from page 2", () => {
    expect(titleWithPage("Roles starting with R", 1, 20)).toBe("Roles starting with R");
    expect(titleWithPage("Roles starting with R", 2, 20)).toBe("Roles starting with R (page 2 of 20)");
  });

  it("names a letter's page", () => {
    expect(letterHeading(letterByKey("r")!)).toBe("Roles starting with R");
    expect(letterHeading(letterByKey("0-9")!)).toBe("Roles starting with a number or another character");
  });

  it("counts roles in words", () => {
    expect(roleCount(1)).toBe("1 role");
    expect(roleCount(4)).toBe("4 roles");
    expect(roleCount(1000)).toBe("1,000 roles");
  });
});

describe("how many of each industry's roles the home page lists", () => {
  it("is five while the guide has few industries, fewer as it grows, and always at least one", () => {
    expect(homeRolesPerIndustry(1)).toBe(5);
    expect(homeRolesPerIndustry(12)).toBe(5);
    expect(homeRolesPerIndustry(13)).toBe(4);
    expect(homeRolesPerIndustry(30)).toBe(2);
    expect(homeRolesPerIndustry(100)).toBe(1);
  });

  it("keeps the home page to about 60 role links in all, however many industries there are", () => {
    for (const industries of [1, 5, 12, 20, 30, 60]) {
      expect(homeRolesPerIndustry(industries) * industries, String(industries)).toBeLessThanOrEqual(60);
    }
  });
});
