import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatDate } from "../../../lib/content/dates";
import { DEFAULT_SITE_URL, siteContent } from "../support/helpers";

/*
 * Public change notes (issue 10): "Last updated" and "All updates to this page" on every role and industry page and
 * in its printed handout, /updates, and the Atom feeds that the pages announce in their heads.
 */

const { industries, roles } = siteContent();
const industry = industries[0]!;
const coder = roles.find((role) => role.slug === "clinical-coder")!;
const contentPages = [
  ...industries.map((each) => ({ path: `/industries/${each.slug}`, title: each.name, changes: each.changes })),
  ...roles.map((each) => ({ path: `/roles/${each.slug}`, title: each.title, changes: each.changes })),
];
const allNotes = contentPages.flatMap((each) => each.changes.map((change) => ({ ...change, page: each })));
const ATOM = "http://www.w3.org/2005/Atom";
const ONE_DAY = 24 * 60 * 60;

/** The feeds a page announces in its head: `<link rel="alternate" type="application/atom+xml">`. */
async function announcedFeeds(page: Page, path: string) {
  await page.goto(path);
  return page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute("href") ?? "", title: link.getAttribute("title") })));
}

/**
 * Fetches a feed from the server under test (its address names SITE_URL), checks its headers and parses it with
 * the browser's XML parser, which rejects anything that is not well-formed.
 */
async function fetchFeed(page: Page, request: APIRequestContext, href: string) {
  const { pathname } = new URL(href, DEFAULT_SITE_URL);
  const response = await request.get(pathname);
  expect(response.status(), pathname).toBe(200);
  expect(response.headers()["content-type"], pathname).toBe("application/atom+xml; charset=utf-8");
  const parsed = await page.evaluate(
    ({ xml, ns }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const feed = doc.documentElement;
      const own = (parent: Element, name: string) =>
        [...parent.children].filter((child) => child.localName === name && child.namespaceURI === ns);
      const href = (parent: Element, rel: string) =>
        own(parent, "link")
          .find((link) => (link.getAttribute("rel") ?? "alternate") === rel)
          ?.getAttribute("href");
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        root: `${feed.namespaceURI} ${feed.localName}`,
        self: href(feed, "self"),
        alternate: href(feed, "alternate"),
        entries: own(feed, "entry").map((entry) => ({
          id: own(entry, "id")[0]?.textContent,
          updated: own(entry, "updated")[0]?.textContent,
          link: href(entry, "alternate"),
        })),
      };
    },
    { xml: await response.text(), ns: ATOM },
  );
  expect(parsed.errors, pathname).toBe(0);
  expect(parsed.root, pathname).toBe(`${ATOM} feed`);
  return parsed;
}

for (const { path, title, changes } of contentPages) {
  test(`${title}: says when it was last updated and lists all its updates, newest first`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByTestId("review-dates")).toContainText(`Last updated: ${formatDate(changes[0]!.date)}.`);
    const history = page.getByRole("region", { name: "All updates to this page" });
    await expect(history.getByRole("heading", { level: 2 })).toHaveText("All updates to this page");
    const items = history.getByRole("listitem");
    await expect(items).toHaveCount(changes.length);
    for (const [index, change] of changes.entries()) {
      await expect(items.nth(index)).toContainText(formatDate(change.date));
      await expect(items.nth(index)).toContainText(change.note);
      await expect(items.nth(index).locator("time")).toHaveAttribute("datetime", change.date);
    }
    // At the end of the page's own words: after the review dates, before the feedback forms.
    const after = await page.evaluate(() => {
      const history = document.getElementById("updates")!;
      const review = document.querySelector('[data-testid="review-dates"]')!;
      const feedback = document.querySelector("main form")!;
      return {
        afterReview: Boolean(review.compareDocumentPosition(history) & Node.DOCUMENT_POSITION_FOLLOWING),
        beforeFeedback: Boolean(history.compareDocumentPosition(feedback) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(after).toEqual({ afterReview: true, beforeFeedback: true });
  });
}

test("a role page says it was last updated on 25 November 2026, and why", async ({ page }) => {
  // The content this issue shipped with: the first note of every page.
  await page.goto("/roles/clinical-coder");
  await expect(page.getByText("Last updated: 25 November 2026.")).toBeVisible();
  const history = page.getByRole("region", { name: "All updates to this page" });
  await expect(history.getByRole("listitem").last()).toHaveText(/25 November 2026\s*:?\s*First published\./);
  await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "All updates to this page" })).toHaveAttribute(
    "href",
    "#updates",
  );
});

test("/updates lists every change note in the guide, newest first, each linking to its page", async ({ page }) => {
  await page.goto("/updates");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Updates to the guide");
  const main = page.getByRole("main");
  // One heading per day, newest first.
  const days = await main.locator("h2 time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(days).toEqual([...new Set(allNotes.map((note) => note.date))].sort().reverse());
  // Every note, with a link to its page.
  const entries = main.getByTestId("update");
  await expect(entries).toHaveCount(allNotes.length);
  const listed = await entries.evaluateAll((items) =>
    items.map((item) => ({
      date: item.closest('[data-testid="updates-day"]')!.querySelector("time")!.getAttribute("datetime"),
      href: item.querySelector("a")!.getAttribute("href"),
      title: item.querySelector("a")!.textContent,
      note: item.querySelector('[data-testid="update-note"]')!.textContent,
    })),
  );
  expect(listed.map((each) => each.date)).toEqual(listed.map((each) => each.date).sort().reverse());
  expect(listed.map((each) => `${each.date} ${each.href} ${each.title}: ${each.note}`).sort()).toEqual(
    allNotes.map((note) => `${note.date} ${note.page.path} ${note.page.title}: ${note.note}`).sort(),
  );
  // A link leads to its page.
  await main.getByRole("link", { name: coder.title }).first().click();
  await expect(page).toHaveURL(/\/roles\/clinical-coder$/);
});

test("/updates links to the guide's feed, and the home page links to /updates", async ({ page }) => {
  await page.goto("/updates");
  await expect(page.getByRole("main").getByRole("link", { name: "Follow all updates in a feed reader" })).toHaveAttribute(
    "href",
    "/updates.atom",
  );
  await page.goto("/");
  const latest = page.getByRole("region", { name: "Latest updates" });
  await expect(latest.getByTestId("update")).toHaveCount(Math.min(3, allNotes.length));
  await latest.getByRole("link", { name: "See all updates to the guide" }).click();
  await expect(page).toHaveURL(/\/updates$/);
});

test("/updates is in the sitemap", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(xml).toContain(`<loc>${DEFAULT_SITE_URL}/updates</loc>`);
});

// /updates gets axe at 390 and 1280 px with every page (every-page.spec.ts).

test("the home page and /updates announce the guide's feed, which answers as Atom and holds every note", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/updates"]) {
    const feeds = await announcedFeeds(page, path);
    expect(feeds, path).toEqual([{ href: `${DEFAULT_SITE_URL}/updates.atom`, title: "Careers Guide: all updates" }]);
  }
  const { entries, self, alternate } = await fetchFeed(page, request, `${DEFAULT_SITE_URL}/updates.atom`);
  expect(self).toBe(`${DEFAULT_SITE_URL}/updates.atom`);
  expect(alternate).toBe(`${DEFAULT_SITE_URL}/updates`);
  expect(entries).toHaveLength(allNotes.length);
});

for (const { path, title, changes } of contentPages) {
  test(`${title}: the page announces its own feed, which answers as Atom and holds its notes`, async ({ page, request }) => {
    const feeds = await announcedFeeds(page, path);
    expect(feeds, path).toEqual([{ href: `${DEFAULT_SITE_URL}${path}/updates.atom`, title: `${title}: updates` }]);
    const { entries, self, alternate } = await fetchFeed(page, request, feeds[0]!.href);
    expect(self, path).toBe(`${DEFAULT_SITE_URL}${path}/updates.atom`);
    expect(alternate, path).toBe(`${DEFAULT_SITE_URL}${path}`);
    expect(entries.map((entry) => entry.updated), path).toEqual(changes.map((change) => `${change.date}T00:00:00.000Z`));
    for (const entry of entries) {
      expect(entry.link, path).toBe(`${DEFAULT_SITE_URL}${path}`);
      expect(entry.id, path).toMatch(new RegExp(`^${DEFAULT_SITE_URL}${path}#update-\\d{4}-\\d{2}-\\d{2}-\\d+$`));
    }
    // The page's visible link goes to the same feed.
    await expect(
      page.getByRole("region", { name: "All updates to this page" }).getByRole("link", { name: /feed reader/ }),
    ).toHaveAttribute("href", `${path}/updates.atom`);
  });
}

for (const path of ["/roles/no-such/updates.atom", "/industries/no-such/updates.atom"]) {
  test(`${path} answers 404`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(404);
  });
}

test("feeds are prerendered and cached like the pages", async ({ request }) => {
  const pageCache = (await request.get(`/roles/${coder.slug}`)).headers()["cache-control"];
  for (const path of ["/updates.atom", `/roles/${coder.slug}/updates.atom`, `/industries/${industry.slug}/updates.atom`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cache = response.headers()["cache-control"] ?? "";
    expect(cache, path).toBe(pageCache);
    expect(Number(/s-maxage=(\d+)/.exec(cache)?.[1]), path).toBeGreaterThanOrEqual(ONE_DAY);
    expect(cache, path).not.toMatch(/private|no-store|no-cache/);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
});

test.describe("printing", () => {
  for (const { path, title, changes } of [contentPages[0]!, contentPages.find((each) => each.path === "/roles/clinical-coder")!]) {
    test(`${title}'s handout shows "Last updated" and every update, without the feed link`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: "print" });
      await expect(page.getByText(`Last updated: ${formatDate(changes[0]!.date)}.`)).toBeVisible();
      const history = page.getByRole("region", { name: "All updates to this page" });
      await expect(history).toBeVisible();
      await expect(history.getByRole("heading", { name: "All updates to this page" })).toBeVisible();
      for (const change of changes) await expect(history.getByText(change.note).first()).toBeVisible();
      await expect(history.getByRole("link", { name: /feed reader/ })).toBeHidden();
      await expect(history.getByRole("link", { name: /^Link to this section/ })).toBeHidden();
      // The feedback forms come after it and do not print.
      await expect(page.getByText("Is this page useful?")).toBeHidden();
    });
  }
});
