import { Feed } from "feed";
import { getIndustries, getRoles, type Industry, type Role } from "../content";
import type { PublicChange } from "../content";
import { getSiteUrl, SITE_NAME } from "../shared";
import {
  absoluteUrl,
  homePath,
  industryFeedPath,
  industryPath,
  roleFeedPath,
  rolePath,
  updatesFeedPath,
  updatesPath,
} from "../shared";

/**
 * The guide's public change notes ("changes" in every role's and industry's content file, newest first), as the
 * pages show them ("Last updated", "All updates to this page", /updates) and as Atom feeds (RFC 4287): one for the
 * whole guide (/updates.atom) and one per role and industry page (/roles/<slug>/updates.atom,
 * /industries/<slug>/updates.atom). The feeds' XML is written by the `feed` package; everything in them comes from
 * the content and SITE_URL, so two builds of the same content give the same feed, byte for byte.
 */

/** The Content-Type the feeds are served with. */
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** A role or industry page, as far as its history is concerned. */
export interface HistoryPage {
  kind: "role" | "industry";
  slug: string;
  /** The page's title: the role's title or the industry's name. */
  title: string;
  /** The page's path, e.g. `/roles/clinical-coder`. */
  path: string;
  /** Its feed's path, e.g. `/roles/clinical-coder/updates.atom`. */
  feedPath: string;
  /** Its change notes, newest first. */
  changes: PublicChange[];
}

/** One change note of one page, with the id its feed entry keeps for ever. */
export interface Update extends PublicChange {
  page: Omit<HistoryPage, "changes">;
  /** A stable key for the note on its page: `2026-11-25-1` (its date, then its place among that day's notes). */
  key: string;
}

/** Newest first; notes of the same day keep the order they are written in. */
const byDateDescending = <T extends { date: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** The day the page's words last changed: its newest change note's date ("YYYY-MM-DD"). */
export function lastUpdated(changes: readonly PublicChange[]): string {
  const [newest] = byDateDescending(changes);
  if (!newest) throw new Error("a page needs at least one change note");
  return newest.date;
}

/** The later of two "YYYY-MM-DD" days. */
export const laterDay = (a: string, b: string): string => (a > b ? a : b);

export function roleHistory(role: Role): HistoryPage {
  return {
    kind: "role",
    slug: role.slug,
    title: role.title,
    path: rolePath(role.slug),
    feedPath: roleFeedPath(role.slug),
    changes: role.changes,
  };
}

export function industryHistory(industry: Industry): HistoryPage {
  return {
    kind: "industry",
    slug: industry.slug,
    title: industry.name,
    path: industryPath(industry.slug),
    feedPath: industryFeedPath(industry.slug),
    changes: industry.changes,
  };
}

/** Every page with a history: the industries, then the roles, in content order. */
export function historyPages(
  industries: readonly Industry[] = getIndustries(),
  roles: readonly Role[] = getRoles(),
): HistoryPage[] {
  return [...industries.map(industryHistory), ...roles.map(roleHistory)];
}

/**
 * One page's notes, newest first, each with its key. A note's key is its date and its place among that day's
 * notes counted from the oldest (`2026-11-25-1`, `2026-11-25-2`, …), so adding a newer note, which goes at the top of
 * the list, never changes the key of one already published.
 */
export function pageUpdates({ changes, ...page }: HistoryPage): Update[] {
  const seen = new Map<string, number>();
  const keyed = [...changes].reverse().map((change) => {
    const n = (seen.get(change.date) ?? 0) + 1;
    seen.set(change.date, n);
    return { ...change, page, key: `${change.date}-${n}` };
  });
  return byDateDescending(keyed.reverse());
}

/** Every note in the guide, newest first; on the same day, in page order (industries, then roles). */
export function guideUpdates(pages: readonly HistoryPage[] = historyPages()): Update[] {
  return byDateDescending(pages.flatMap(pageUpdates));
}

/** The day the guide last changed: the newest note's date. */
export function guideLastUpdated(pages: readonly HistoryPage[] = historyPages()): string {
  return lastUpdated(pages.flatMap((page) => page.changes));
}

/**
 * A note's Atom id: the page's absolute URL with the note's key as a fragment
 * (`https://careers.example.org/roles/clinical-coder#update-2026-11-25-1`). It depends only on SITE_URL, the page's
 * slug and the note's date and place, so it does not change between builds, and the same note has the same id in
 * the guide's feed and in its page's feed.
 */
export const updateId = (update: Update, siteUrl: URL = getSiteUrl()): string =>
  `${absoluteUrl(update.page.path, siteUrl)}#update-${update.key}`;

/** A "YYYY-MM-DD" day as the RFC 3339 instant Atom's dates need: midnight UTC. */
export const atomDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** Text for an Atom element of type="html": the library puts it in CDATA as it is, so it is escaped here. */
const html = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const KIND_LABEL = { role: "Role profile", industry: "Industry" } as const;

interface FeedSpec {
  title: string;
  subtitle: string;
  /** The page the feed is about (rel="alternate"). */
  pagePath: string;
  /** The feed's own path (rel="self"); its absolute URL is also the feed's id. */
  feedPath: string;
  updates: Update[];
  siteUrl: URL;
}

function atomFeed({ title, subtitle, pagePath, feedPath, updates, siteUrl }: FeedSpec): string {
  const self = absoluteUrl(feedPath, siteUrl);
  const [newest] = updates;
  if (!newest) throw new Error(`${feedPath}: a feed needs at least one change note`);
  const feed = new Feed({
    id: self,
    title,
    description: subtitle,
    // RFC 4287: a feed whose entries have no author of their own must have one.
    author: { name: SITE_NAME, link: absoluteUrl(homePath(), siteUrl) },
    link: absoluteUrl(pagePath, siteUrl),
    feed: self,
    updated: atomDate(newest.date),
    generator: false,
  });
  for (const update of updates) {
    const pageUrl = absoluteUrl(update.page.path, siteUrl);
    feed.addItem({
      id: updateId(update, siteUrl),
      title: html(`${update.page.title}: ${update.note}`),
      link: pageUrl,
      date: atomDate(update.date),
      content: `<p>${html(update.note)}</p><p>${KIND_LABEL[update.page.kind]}: <a href="${html(pageUrl)}">${html(update.page.title)}</a></p>`,
    });
  }
  return `${feed.atom1()}\n`;
}

/** /updates.atom: every change note in the guide, newest first. */
export function guideFeedXml(
  { pages = historyPages(), siteUrl = getSiteUrl() }: { pages?: readonly HistoryPage[]; siteUrl?: URL } = {},
): string {
  return atomFeed({
    title: `${SITE_NAME}: all updates`,
    subtitle: "Every change to the guide's role and industry pages, newest first.",
    pagePath: updatesPath(),
    feedPath: updatesFeedPath(),
    updates: guideUpdates(pages),
    siteUrl,
  });
}

/** /roles/<slug>/updates.atom or /industries/<slug>/updates.atom: one page's change notes, newest first. */
export function pageFeedXml(page: HistoryPage, siteUrl: URL = getSiteUrl()): string {
  return atomFeed({
    title: `${page.title}: updates (${SITE_NAME})`,
    subtitle: `Every change to the page "${page.title}", newest first.`,
    pagePath: page.path,
    feedPath: page.feedPath,
    updates: pageUpdates(page),
    siteUrl,
  });
}

/** A feed response (an unknown page's feed is a plain-text 404). */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": ATOM_CONTENT_TYPE } });
}

export function feedNotFound(): Response {
  return new Response("No such page\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** A note as the page lists show it (components/updates/UpdateEntry.tsx). */
export function updateItem(update: Update): {
  id: string;
  date: string;
  note: string;
  page: { title: string; path: string; kind: HistoryPage["kind"] };
} {
  const { kind, title, path } = update.page;
  return { id: `${path}#update-${update.key}`, date: update.date, note: update.note, page: { kind, title, path } };
}
