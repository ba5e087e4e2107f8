import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { formatDate } from "../../../lib/content/dates";
import { DEFAULT_SITE_URL, siteContent } from "../support/helpers";

/*
 * Minor updates are never shown to readers (issue 19). This spec runs against the renamed-content build
 * (playwright.config.ts), whose copy of content/ (tests/e2e/support/make-renamed-content.mjs) gives the Healthcare
 * Data Analyst page a minor update: a punctuation fix in its words and a new top entry, newer than any other entry
 * in the guide, with `minor: true` and a note for reviewers. Neither the entry's day nor its note may appear on the
 * page, in /updates, in the feeds or in the open data, and "Last updated" stays the newest note's day.
 */

/** As in make-renamed-content.mjs. */
const SLUG = "healthcare-data-analyst";
const MINOR_DATE = "2026-11-27";
const REVIEWER_NOTE = "For reviewers only, the dash in Skills and knowledge is now a colon";
const FIXED_WORDS = "data governance environment: patient data is sensitive";
/** The copy the renamed-content server was built from (RENAMED_CONTENT in playwright.config.ts). */
const COPY = path.join("test-results", "renamed-content", "roles", `${SLUG}.md`);

const ROLE_PATH = `/roles/${SLUG}`;
/** The page's public history: the original file's notes, which the minor entry went on top of. */
const content = siteContent();
const role = content.roles.find((each) => each.slug === SLUG)!;
const notes = role.changes;
const newest = notes[0]!;
/** Everything that would give the minor entry away, as a reader could come across it. */
const HIDDEN = [REVIEWER_NOTE, MINOR_DATE, formatDate(MINOR_DATE)];

/** Each note's feed key: its date and its place among that day's notes, counted from the oldest. */
function keys(list: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return [...list]
    .reverse()
    .map(({ date }) => {
      seen.set(date, (seen.get(date) ?? 0) + 1);
      return `${date}-${seen.get(date)}`;
    })
    .reverse();
}

/** A feed's own <updated>: the first one, before any entry. */
const feedUpdated = (xml: string) => /^[^]*?<updated>([^<]+)<\/updated>/.exec(xml.slice(0, xml.indexOf("<entry>")))?.[1];

// Runs in the renamed-content project only (playwright.config.ts): its build has the minor update.

/** The response's text, which must be a 200 and must not give the minor entry away. */
async function fetchText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const text = await response.text();
  for (const hidden of HIDDEN) expect(text, `${url} gives away "${hidden}"`).not.toContain(hidden);
  return text;
}

test("the build's copy of the page has the minor entry, with its note for reviewers", () => {
  const text = fs.readFileSync(COPY, "utf8");
  expect(text).toContain(`changes:\n  - date: ${MINOR_DATE}\n    minor: true\n    note: ${REVIEWER_NOTE}\n`);
  expect(text).toContain(FIXED_WORDS);
  expect(newest.date < MINOR_DATE).toBe(true);
});

test("the role page shows the fixed words, but neither the minor entry's day nor its note, and was last updated on its newest note's day", async ({
  page,
  request,
}) => {
  await page.goto(ROLE_PATH);
  // This build has the minor update.
  await expect(page.getByRole("main")).toContainText(FIXED_WORDS);
  await expect(page.getByTestId("review-dates")).toContainText(`Last updated: ${formatDate(newest.date)}.`);
  await expect(page.getByTestId("review-dates").locator("time").first()).toHaveAttribute("datetime", newest.date);
  const history = page.getByRole("region", { name: "All updates to this page" });
  const items = history.getByRole("listitem");
  await expect(items).toHaveCount(notes.length);
  for (const [index, note] of notes.entries()) {
    await expect(items.nth(index).locator("time")).toHaveAttribute("datetime", note.date);
    await expect(items.nth(index)).toContainText(note.note);
  }
  await expect(page.locator("body")).not.toContainText(REVIEWER_NOTE);
  await expect(page.locator("body")).not.toContainText(formatDate(MINOR_DATE));
  await expect(page.locator(`time[datetime="${MINOR_DATE}"]`)).toHaveCount(0);
  // Nor anywhere in the HTML: its head (link previews, JSON-LD) and the data Next sends with it.
  await fetchText(request, ROLE_PATH);
});

test("/updates does not list the minor entry", async ({ page, request }) => {
  await page.goto("/updates");
  const main = page.getByRole("main");
  await expect(main.locator(`time[datetime="${MINOR_DATE}"]`)).toHaveCount(0);
  const listed = await main.getByTestId("update").evaluateAll(
    (items, rolePath) =>
      items
        .filter((item) => item.querySelector("a")?.getAttribute("href") === rolePath)
        .map((item) => ({
          date: item.closest('[data-testid="updates-day"]')!.querySelector("time")!.getAttribute("datetime"),
          note: item.querySelector('[data-testid="update-note"]')!.textContent,
        })),
    ROLE_PATH,
  );
  expect(listed).toEqual(notes.map(({ date, note }) => ({ date, note })));
  await fetchText(request, "/updates");
});

test("the home page's latest updates do not show the minor entry", async ({ page, request }) => {
  await page.goto("/");
  const latest = page.getByRole("region", { name: "Latest updates" });
  await expect(latest.getByTestId("update").first()).toBeVisible();
  await expect(latest).not.toContainText(REVIEWER_NOTE);
  await expect(latest.locator(`time[datetime="${MINOR_DATE}"]`)).toHaveCount(0);
  await fetchText(request, "/");
});

test("the guide's feed has the page's notes only, and is no newer than the newest note in the guide", async ({ request }) => {
  const xml = await fetchText(request, "/updates.atom");
  const ids = [...xml.matchAll(new RegExp(`<id>${DEFAULT_SITE_URL}${ROLE_PATH}#update-([\\d-]+)</id>`, "g"))].map(
    (match) => match[1],
  );
  expect(ids).toEqual(keys(notes));
  const newestInGuide = [...content.industries, ...content.roles].flatMap((page) => page.changes).map((note) => note.date).sort().at(-1);
  expect(feedUpdated(xml)).toBe(`${newestInGuide}T00:00:00.000Z`);
});

test("the page's own feed has its notes only, and was updated on its newest note's day", async ({ request }) => {
  const xml = await fetchText(request, `${ROLE_PATH}/updates.atom`);
  expect(feedUpdated(xml)).toBe(`${newest.date}T00:00:00.000Z`);
  const entries = [...xml.matchAll(/<entry>[^]*?<id>[^<]*#update-([^<]+)<\/id>[^]*?<updated>([^<]+)<\/updated>/g)];
  expect(entries.map((match) => [match[1], match[2]])).toEqual(
    notes.map((note, index) => [keys(notes)[index], `${note.date}T00:00:00.000Z`]),
  );
});

test("the open data's history and lastUpdated leave the minor entry out", async ({ request }) => {
  const one = JSON.parse(await fetchText(request, `/api/roles/${SLUG}.json`)) as { changes: unknown; lastUpdated: string };
  expect(one.changes).toEqual(notes);
  expect(one.lastUpdated).toBe(newest.date);
  const list = JSON.parse(await fetchText(request, "/api/roles.json")) as { items: { slug: string; lastUpdated: string }[] };
  expect(list.items.find((item) => item.slug === SLUG)?.lastUpdated).toBe(newest.date);
});

test("the sitemap's lastmod for the page ignores the minor entry", async ({ request }) => {
  const xml = await fetchText(request, "/sitemap.xml");
  const entry = new RegExp(`<loc>${DEFAULT_SITE_URL}${ROLE_PATH}</loc>\\s*<lastmod>([^<]+)</lastmod>`).exec(xml);
  expect(entry?.[1]).toBe(role.lastReviewed > newest.date ? role.lastReviewed : newest.date);
});
