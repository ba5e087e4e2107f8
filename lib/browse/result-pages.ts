/**
 * Lists shown a page at a time (search results, the compare chooser's roles of an industry): which page an
 * address asks for, which items it shows, and which page numbers its pagination links to. Plain functions with no
 * dependencies, so components and tests can use them without the content.
 */

/**
 * The first string of a search parameter as Next gives it (a string, an array of them for a repeated parameter,
 * or undefined): the first string, or undefined.
 */
export const firstString = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.find((item): item is string => typeof item === "string") : typeof value === "string" ? value : undefined;

/** The page an address asks for: a page number, or what it said instead (shown to the reader, as text). */
export type PageRequest = { valid: true; page: number } | { valid: false; asked: string };

/** Longest "page" value quoted back to the reader; anything longer is cut, with "…". */
const MAX_QUOTED = 20;

/**
 * Reads a `page` search parameter. Missing or empty (or only control characters) means page 1 (the first page's address has no page
 * parameter). A page number is a whole number written in digits, without a sign or leading zeros ("2", "10");
 * anything else ("0", "-1", "1.5", "abc", "02") is not a page. Of a repeated parameter, the first counts.
 */
export function parsePageParam(value: unknown): PageRequest {
  // Control and invisible characters are dropped first, so "%00" is as empty as "".
  const text = (firstString(value) ?? "").slice(0, 1000).replace(/\p{C}/gu, "").trim();
  if (text === "") return { valid: true, page: 1 };
  if (/^[1-9][0-9]{0,8}$/.test(text)) return { valid: true, page: Number(text) };
  const chars = Array.from(text);
  return { valid: false, asked: chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join("")}…` : chars.join("") };
}

/** How many pages `total` items take at `perPage` a page: at least one, even for no items. */
export const pageCountOf = (total: number, perPage: number): number => Math.max(1, Math.ceil(total / perPage));

/** A page of a list: which items it shows. `first` and `last` count from 1, as "Showing 21 to 40" says them. */
export interface ListPage {
  found: true;
  page: number;
  pageCount: number;
  total: number;
  /** The items shown are `items.slice(start, end)`. */
  start: number;
  end: number;
}

/** A page the list does not have: the reader is told so and sent to the first page. */
export interface MissingPage {
  found: false;
  /** What the address asked for, as text: "999", "0" or "abc". */
  asked: string;
  pageCount: number;
  total: number;
}

/** Whether a missing page was asked for by number ("999"), which a message writes as it is, or otherwise ("abc"), which it quotes. */
export const askedByNumber = (page: MissingPage): boolean => /^\d+$/.test(page.asked);

/** Which items page `request` of `total` items shows, or that the list has no such page. */
export function pageOfList(total: number, request: PageRequest, perPage: number): ListPage | MissingPage {
  const pageCount = pageCountOf(total, perPage);
  if (!request.valid) return { found: false, asked: request.asked, pageCount, total };
  if (request.page > pageCount) return { found: false, asked: String(request.page), pageCount, total };
  const start = (request.page - 1) * perPage;
  return { found: true, page: request.page, pageCount, total, start, end: Math.min(total, start + perPage) };
}

/** One entry of a pagination's list of page numbers: a page, or a gap ("…") where pages were left out. */
export type PageLinkItem = { kind: "page"; page: number; current: boolean } | { kind: "gap" };

/**
 * The page numbers a pagination shows (GOV.UK's pattern): the first and the last page, the current page and the
 * ones either side of it, with a gap for each run of pages left out; "1 … 4 5 6 … 51". A gap never stands for a
 * single page: that page is shown instead. Nothing for a list of one page.
 */
export function pageLinkItems(current: number, pageCount: number): PageLinkItem[] {
  if (pageCount <= 1) return [];
  const shown = new Set([1, pageCount, current - 1, current, current + 1].filter((page) => page >= 1 && page <= pageCount));
  // A gap of exactly one page shows that page instead.
  for (const page of [...shown]) {
    if (shown.has(page + 2) && !shown.has(page + 1)) shown.add(page + 1);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const items: PageLinkItem[] = [];
  pages.forEach((page, index) => {
    if (index > 0 && page > pages[index - 1]! + 1) items.push({ kind: "gap" });
    items.push({ kind: "page", page, current: page === current });
  });
  return items;
}

