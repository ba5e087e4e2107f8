/**
 * Browsing the guide however many roles it has: the A to Z of all roles (GOV.UK's and the National Careers
 * Service's pattern) and lists in pages of a bounded size. Plain functions of the content, so that every page
 * stays small at 1,000 roles and every role stays a few clicks from the home page (and in the sitemap).
 */
import type { Metadata } from "next";
import type { Content, Industry, Role } from "../content";
import { linkPreviewMetadata } from "../sharing";
import { letterPath, pluralWord } from "../shared";

/** How many roles one page of a list shows: a letter of the A to Z, or an industry's roles. */
export const PAGE_SIZE = 50;
/** Up to this many roles in the guide, /roles lists them all under their letters; above it, each letter's count. */
export const FULL_LIST_LIMIT = 50;

export interface Letter {
  /** In addresses: `a` to `z`, and `0-9` for titles that start with anything else. */
  key: string;
  /** As shown: `A` to `Z`, and `0–9`. */
  label: string;
}

const OTHER: Letter = { key: "0-9", label: "0–9" };
const ALPHABET: readonly Letter[] = [..."abcdefghijklmnopqrstuvwxyz"].map((key) => ({ key, label: key.toUpperCase() }));
/** Every letter the A to Z can have, in its order: 0–9 first (as digits sort before letters), then A to Z. */
export const LETTERS: readonly Letter[] = [OTHER, ...ALPHABET];

/** Latin letters that NFKD does not split into a base letter and a mark, filed as a reader would look for them. */
const FOLDED: Readonly<Record<string, string>> = { Æ: "A", Ð: "D", Đ: "D", Ł: "L", Ø: "O", Œ: "O", Þ: "T" };

/**
 * The A to Z letter a title is filed under: its first character without diacritics (NFKD, marks removed), upper
 * case; `0-9` when that is not a letter from A to Z (a digit, a symbol, another script).
 */
export function letterOf(title: string): string {
  const first = [...title.trim().normalize("NFKD").replace(/\p{M}/gu, "")][0] ?? "";
  const upper = first.toUpperCase();
  const letter = FOLDED[upper] ?? upper.charAt(0);
  return /^[A-Z]$/.test(letter) ? letter.toLowerCase() : OTHER.key;
}

/** The letter with this address key (`r`, `0-9`), or undefined. */
export function letterByKey(key: string): Letter | undefined {
  return LETTERS.find((letter) => letter.key === key);
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** Titles in A to Z order: case and accents aside, numbers by value ("Role 2" before "Role 10"). */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface LetterGroup<T> {
  letter: Letter;
  /** In A to Z order; empty for a letter no title starts with. */
  items: T[];
}

/**
 * Every letter of the A to Z in order, each with the items filed under it: A to Z always (a letter with none is
 * shown but leads nowhere), and 0–9 only when some title starts with something else.
 */
export function groupByLetter<T extends { title: string }>(items: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>(LETTERS.map((letter) => [letter.key, []]));
  for (const item of items) groups.get(letterOf(item.title))!.push(item);
  return LETTERS.filter((letter) => letter !== OTHER || groups.get(OTHER.key)!.length > 0).map((letter) => ({
    letter,
    items: groups.get(letter.key)!.sort((a, b) => compareTitles(a.title, b.title)),
  }));
}

export interface Page<T> {
  items: T[];
  /** From 1. */
  page: number;
  pageCount: number;
  total: number;
  /** The places in the whole list of the first and last items shown, from 1 (0 and 0 for an empty list). */
  from: number;
  to: number;
}

/**
 * Page `page` (from 1) of a list, `size` items a page. A list has at least one page, even when empty. Undefined
 * for a page that is not a whole number from 1 to the last page.
 */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const start = (page - 1) * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    page,
    pageCount,
    total: items.length,
    from: shown.length > 0 ? start + 1 : 0,
    to: start + shown.length,
  };
}

/** How many pages a list of `count` items takes. */
export const pageCountOf = (count: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(count / size));

/**
 * A page number as written in an address: digits with no leading zero, from 2 (page 1 is the address without a
 * number, so `/1` is not a second address for it). Anything else is undefined.
 */
export function parseLaterPage(segment: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(segment) && segment !== "1" ? Number(segment) : undefined;
}

/** A role as the A to Z lists it: its title, summary and industry. */
export interface RoleEntry {
  slug: string;
  title: string;
  summary: string;
  industry: { slug: string; name: string };
}

export interface RolesAToZ {
  total: number;
  letters: LetterGroup<RoleEntry>[];
}

const aToZCache = new WeakMap<Content, RolesAToZ>();

/** Every role of the guide filed under its letter. Worked out once per content (the build asks for it often). */
export function rolesAToZ(content: Content): RolesAToZ {
  const cached = aToZCache.get(content);
  if (cached) return cached;
  const industries = new Map(content.industries.map((industry) => [industry.slug, industry]));
  const entries = content.roles.map((role: Role): RoleEntry => {
    const industry = industries.get(role.industry);
    return {
      slug: role.slug,
      title: role.title,
      summary: role.summary,
      industry: { slug: role.industry, name: industry?.name ?? role.industry },
    };
  });
  const result = { total: entries.length, letters: groupByLetter(entries) };
  aToZCache.set(content, result);
  return result;
}

export interface LetterPage extends Page<RoleEntry> {
  letter: Letter;
  /** Every letter, for the letter navigation. */
  letters: LetterGroup<RoleEntry>[];
}

/** One page of one letter's roles, or undefined for a letter with no roles, an unknown letter or a page past the end. */
export function letterPage(content: Content, key: string, page = 1): LetterPage | undefined {
  const { letters } = rolesAToZ(content);
  const group = letters.find((each) => each.letter.key === key);
  if (!group || group.items.length === 0) return undefined;
  const shown = pageOf(group.items, page);
  return shown ? { ...shown, letter: group.letter, letters } : undefined;
}

/** The letter pages that exist, for generateStaticParams: each letter with roles. */
export function letterParams(content: Content): { letter: string }[] {
  return rolesAToZ(content)
    .letters.filter((group) => group.items.length > 0)
    .map((group) => ({ letter: group.letter.key }));
}

/** A letter's later pages (from 2), for generateStaticParams. */
export function letterLaterPageParams(content: Content): { letter: string; page: string }[] {
  return rolesAToZ(content).letters.flatMap((group) =>
    laterPages(group.items.length).map((page) => ({ letter: group.letter.key, page: String(page) })),
  );
}

/** Pages 2 to the last of a list of `count` items: none when it fits on one page. */
export function laterPages(count: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCountOf(count, size) - 1 }, (_, index) => index + 2);
}

/** An industry's later pages of roles (from 2), for generateStaticParams; none for an industry of 50 roles or fewer. */
export function industryLaterPageParams(industries: readonly Industry[]): { industry: string; page: string }[] {
  return industries.flatMap((industry) =>
    laterPages(industry.roles.length).map((page) => ({ industry: industry.slug, page: String(page) })),
  );
}

/** A page's title with its place in a list of several pages: "Roles starting with R (page 2 of 20)". */
export const titleWithPage = (title: string, page: number, pageCount: number): string =>
  page > 1 ? `${title} (page ${page} of ${pageCount})` : title;

/** The heading of a letter's page of the A to Z. */
export const letterHeading = (letter: Letter): string =>
  letter.key === OTHER.key ? "Roles starting with a number or another character" : `Roles starting with ${letter.label}`;

/** "1 role", "1,000 roles". */
export const roleCount = (count: number): string => `${count.toLocaleString("en-GB")} ${pluralWord(count, "role")}`;

/** The alt text of a letter's preview card (app/roles/a-z/[letter]/opengraph-image.tsx). */
export const LETTER_PREVIEW_ALT = "The letter's roles and how many there are, on a Careers Guide card";

/**
 * What a letter's page is called, says and links to in previews; its page number too from page 2. Later pages
 * show the letter's preview card.
 */
export function letterPageMetadata(found: LetterPage): Metadata {
  const title = titleWithPage(letterHeading(found.letter), found.page, found.pageCount);
  const description = `${roleCount(found.total)} in the guide ${pluralWord(found.total, "starts", "start")} with ${found.letter.label}: ${
    found.pageCount > 1 ? `roles ${found.from} to ${found.to}, ` : ""
  }each with its industry and what the work involves.`;
  const path = letterPath(found.letter.key, found.page);
  const image = found.page > 1 ? { path: letterPath(found.letter.key), alt: LETTER_PREVIEW_ALT } : undefined;
  return {
    title,
    description,
    alternates: { canonical: path },
    ...linkPreviewMetadata({ title, description, path, image }),
  };
}

/** The most of an industry's roles its card on the home page lists. */
export const HOME_ROLES_PER_INDUSTRY = 5;
/** About how many role links the home page has in all, so that it stays small as industries are added. */
export const HOME_ROLE_LINKS = 60;

/**
 * How many of each industry's roles the home page lists (the rest are a "See all" link away): five while the
 * guide has up to 12 industries, fewer as it grows (2 at 30 industries), never none.
 */
export const homeRolesPerIndustry = (industryCount: number): number =>
  Math.max(1, Math.min(HOME_ROLES_PER_INDUSTRY, Math.floor(HOME_ROLE_LINKS / Math.max(1, industryCount))));
export * from "./result-pages";
