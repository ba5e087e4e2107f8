/**
 * Checks that look across files, run after every file has been read and validated on its own: review dates,
 * duplicate titles, links between pages, and addresses (redirects; that published addresses are kept is
 * history.ts's).
 */
import { INDUSTRY_PAGE_FRAGMENTS, RESERVED_SLUGS, ROLE_PAGE_FRAGMENTS, STATIC_PATHS } from "../shared";
import { pathOf, type CheckedFile } from "./checked-file";
import { formatDate } from "./dates";
import { closest, type ContentProblem } from "./problems";
import { ROLE_SECTIONS } from "./schema";
import { fieldLine as lineOf, writtenDay } from "./yaml-lines";

const titleOf = (item: CheckedFile) => ("title" in item.data ? item.data.title : item.data.name);

/** A due date before the reviewed date is an error; a review past its due date is a warning. */
export function checkReviews(items: CheckedFile[], today: string, problems: ContentProblem[]) {
  for (const item of items) {
    const { lastReviewed, nextReviewDue } = item.data;
    // YAML reads an unquoted 2026-02-30 as 2 March: compare what the editor wrote with what was read.
    for (const field of ["lastReviewed", "nextReviewDue"] as const) {
      const line = lineOf(item, [field]);
      const written = writtenDay(item.frontMatter, line);
      if (written && written !== item.data[field]) {
        problems.push({
          file: item.file,
          line,
          field,
          message: `${written} is not a real date`,
          hint: "check the day and the month",
        });
      }
    }
    if (nextReviewDue < lastReviewed) {
      problems.push({
        file: item.file,
        line: lineOf(item, ["nextReviewDue"]),
        field: "nextReviewDue",
        message: `${nextReviewDue} is before lastReviewed (${lastReviewed})`,
        hint: "the next review is due after the last one, for example six months later",
      });
    } else if (nextReviewDue < today) {
      problems.push({
        severity: "warning",
        file: item.file,
        line: lineOf(item, ["nextReviewDue"]),
        field: "nextReviewDue",
        message: `review overdue since ${formatDate(nextReviewDue)}`,
        hint: "check the page against its sources, then update lastReviewed and nextReviewDue",
      });
    }
  }
}

/** Readers, tabs and search results tell pages apart by their titles: each must be unique. */
export function checkTitles(items: CheckedFile[], problems: ContentProblem[]) {
  const seen = new Map<string, CheckedFile>();
  for (const item of items) {
    const title = titleOf(item);
    // A glossary term may share a page's name (Trust & Safety): the two are told apart by where they are.
    const key = `${item.kind === "glossary" ? "glossary" : "page"}:${title.trim().toLowerCase()}`;
    const first = seen.get(key);
    const field = "title" in item.data ? "title" : "name";
    if (first) {
      problems.push({
        file: item.file,
        line: lineOf(item, [field]),
        field,
        message: `duplicate title "${title}": ${first.file} uses it too`,
        hint: "every page needs its own title, so readers can tell pages apart",
      });
    } else {
      seen.set(key, item);
    }
  }
}

/**
 * Addresses never break, and content never takes the site's own. Slugs and old slugs must not be reserved
 * (RESERVED_SLUGS in lib/shared/urls.ts). Old slugs listed under `redirectFrom` must not collide with live pages or
 * with each other. Returns the redirects (old path → current path) for the link check.
 */
export function checkAddresses(items: CheckedFile[], problems: ContentProblem[]): Map<string, string> {
  const live = new Map(items.map((item) => [pathOf(item.kind, item.data.slug), item]));
  const redirects = new Map<string, string>();
  const redirectOwners = new Map<string, CheckedFile>();

  for (const item of items) {
    checkReservedSlug(item, problems);
    item.data.redirectFrom.forEach((old, index) => {
      const from = pathOf(item.kind, old);
      const problem = redirectProblem(item, old, index, live.get(from), redirectOwners.get(from));
      if (problem) {
        problems.push(problem);
      } else {
        redirects.set(from, pathOf(item.kind, item.data.slug));
        redirectOwners.set(from, item);
      }
    });
  }

  return redirects;
}

/** A page's slug must not be one the site keeps for itself. */
function checkReservedSlug(item: CheckedFile, problems: ContentProblem[]): void {
  if (item.kind === "glossary") return;
  const reserved = RESERVED_SLUGS[item.kind];
  const { slug } = item.data;
  if (!reserved.has(slug)) return;
  const kind = item.kind === "roles" ? "role" : "industry";
  problems.push({
    file: item.file,
    line: lineOf(item, ["slug"]),
    field: "slug",
    message: `"${slug}" is reserved: ${reserved.get(slug)}`,
    hint: `choose another slug for this ${kind}, such as "${slug}-${kind}", and rename the file to match`,
  });
}

/**
 * What is wrong with the old slug `redirectFrom[index]` of `item`, if anything: `liveItem` is the live page at its
 * address, `owner` the page that already redirects from it.
 */
function redirectProblem(
  item: CheckedFile,
  old: string,
  index: number,
  liveItem: CheckedFile | undefined,
  owner: CheckedFile | undefined,
): ContentProblem | undefined {
  const reserved: ReadonlyMap<string, string> = item.kind === "glossary" ? new Map() : RESERVED_SLUGS[item.kind];
  const from = pathOf(item.kind, old);
  const where = { file: item.file, line: lineOf(item, ["redirectFrom", index]), field: `redirectFrom.${index}` };
  if (reserved.has(old)) {
    return { ...where, message: `"${old}" is reserved: ${reserved.get(old)}`, hint: "remove it: no page ever had this address" };
  } else if (liveItem === item) {
    return { ...where, message: `"${old}" is this page's own slug`, hint: "remove it" };
  } else if (liveItem) {
    return {
      ...where,
      message: `"${old}" is the slug of a live page (${liveItem.file}), so ${from} cannot redirect here`,
      hint: "an old slug can only redirect once no page uses it",
    };
  } else if (owner) {
    return { ...where, message: `${from} already redirects to ${owner.file}`, hint: "an old address can redirect to one page only" };
  }
  return undefined;
}

const SITE = "https://site.invalid";
const ROLE_FRAGMENTS = new Set<string>([...ROLE_SECTIONS.map((section) => section.id), ...ROLE_PAGE_FRAGMENTS]);
const INDUSTRY_FRAGMENTS = new Set<string>([...Object.values(INDUSTRY_PAGE_FRAGMENTS), "main-content"]);

/** Links in bodies that point at pages of this site must lead to pages that exist. */
export function checkLinks(
  items: CheckedFile[],
  redirects: Map<string, string>,
  siteUrl: URL,
  problems: ContentProblem[],
) {
  const pages = items.filter((item) => item.kind !== "glossary");
  const live = new Set([...STATIC_PATHS, ...pages.map((item) => pathOf(item.kind, item.data.slug))]);
  const terms = new Set(items.flatMap((item) => (item.kind === "glossary" ? [item.data.slug, ...item.data.redirectFrom] : [])));
  for (const item of pages) {
    const page = new URL(pathOf(item.kind, item.data.slug), SITE);
    for (const link of item.links) {
      let target: URL;
      try {
        target = new URL(link.url, page);
      } catch {
        problems.push({ file: item.file, line: link.line, field: "body", message: `link "${link.url}" is not a valid address` });
        continue;
      }
      const internal = target.origin === SITE || target.origin === siteUrl.origin;
      if (!internal) continue;
      const path = target.pathname.length > 1 ? target.pathname.replace(/\/+$/, "") : target.pathname;
      let fragment: string;
      try {
        fragment = decodeURIComponent(target.hash.slice(1));
      } catch {
        problems.push({
          file: item.file,
          line: link.line,
          field: "body",
          message: `link "${link.url}" has a #fragment that is not valid percent-encoding`,
          hint: "write the part after # as plain text, such as #skills",
        });
        continue;
      }
      if (redirects.has(path)) {
        problems.push({
          severity: "warning",
          file: item.file,
          line: link.line,
          field: "body",
          message: `link to ${path}, an old address`,
          hint: `link to ${redirects.get(path)} instead`,
        });
      } else if (!live.has(path)) {
        const suggestion = closest(path, [...live]);
        problems.push({
          file: item.file,
          line: link.line,
          field: "body",
          message: `link to ${path}, a page this site does not have`,
          hint: suggestion ? `did you mean ${suggestion}?` : `pages are ${[...live].join(", ")}`,
        });
      } else if (fragment) {
        const page = path.startsWith("/roles/")
          ? { name: "a role page", parts: ROLE_FRAGMENTS }
          : path.startsWith("/industries/")
            ? { name: "an industry page", parts: INDUSTRY_FRAGMENTS }
            : path === "/glossary"
              ? { name: "the glossary", parts: terms }
              : undefined;
        if (page && !page.parts.has(fragment)) {
          problems.push({
            file: item.file,
            line: link.line,
            field: "body",
            message: `link to #${fragment}, which is not a part of ${page.name}`,
            hint: `use one of ${[...page.parts].map((f) => `#${f}`).join(", ")}`,
          });
        }
      }
    }
  }
}
