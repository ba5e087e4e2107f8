import { devices, expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { MIN_TARGET_SIZE, REFLOW_VIEWPORT, TEXT_RESIZE_PERCENT } from "../../../lib/site/accessibility";
import { axeViolations } from "../support/axe";
import { DEFAULT_SITE_URL, siteContent } from "../support/helpers";
import {
  fitsWidth,
  footerLinks,
  headingsAndLandmarks,
  keyboardWalk,
  linkPurpose,
  targetSizes,
  textResize,
} from "../support/page-checks";
import { PAGES_TO_CHECK, SITEMAP_PATHS } from "../support/pages";
import { watchForProblems } from "../support/problems";
import { LIMITS } from "../support/time-limits";

/*
 * Every page of the guide (the sitemap's, from the content, and the ones it leaves out: tests/e2e/support/pages.ts) gets
 * the same checks: WCAG 2.2 AA (axe at 390 and 1280 px, reflow at 320 px, text at 200%, headings and landmarks,
 * link purpose, target size, keyboard), a clean console, its metadata and link-preview tags, and content without
 * JavaScript. Each check is a test of its own, named for its page, with its own time limit (time-limits.ts).
 *
 * A page is loaded once per window size and its checks run in order on that one load (the describe block's
 * "default" mode keeps them in one worker, in order); a check that changes the page (the keyboard walk, the text
 * size) puts it back, and text size comes last. A failed check restarts the worker, which loads the page afresh.
 */

const { industries, roles } = siteContent();
/** Role and industry pages, with the summary that is their description. */
const contentPages = new Map<string, string>([
  ...industries.map((industry) => [`/industries/${industry.slug}`, industry.summary] as const),
  ...roles.map((role) => [`/roles/${role.slug}`, role.summary] as const),
]);
const absolute = (path: string) => (path === "/" ? DEFAULT_SITE_URL : new URL(path, DEFAULT_SITE_URL).href);

/** The problems a check found, as a test's failure: each one named, all at once. */
const expectNone = (problems: string[]) => expect(problems).toEqual([]);

/** A page opened in a fresh context of its own, watched for console errors from the start. */
interface Loaded {
  context: BrowserContext;
  page: Page;
  status: number | undefined;
  problems: string[];
}

async function load(
  browser: Browser,
  testInfo: TestInfo,
  path: string,
  options: { width: number; height: number; javaScriptEnabled?: boolean },
): Promise<Loaded> {
  const { width, height, javaScriptEnabled = true } = options;
  const context = await browser.newContext({
    ...devices["Desktop Chrome"],
    viewport: { width, height },
    javaScriptEnabled,
    baseURL: testInfo.project.use.baseURL,
  });
  const page = await context.newPage();
  const problems = javaScriptEnabled ? await watchForProblems(page) : [];
  const response = await page.goto(path);
  // Let the page's scripts (hydration, the router's prefetching) and the browser's own requests finish.
  if (javaScriptEnabled) await page.waitForLoadState("networkidle");
  return { context, page, status: response?.status(), problems };
}

/** The page's Open Graph and Twitter card tags, and its preview images answering as PNGs. */
async function linkPreviewProblems(page: Page, request: APIRequestContext, path: string): Promise<string[]> {
  const meta = (selector: string) => page.locator(selector).first().getAttribute("content", { timeout: 1000 }).catch(() => null);
  const problems: string[] = [];
  const expectTag = async (selector: string, want: string | RegExp) => {
    const value = await meta(selector);
    const ok = value !== null && (typeof want === "string" ? value === want : want.test(value));
    if (!ok) problems.push(`${selector} is ${JSON.stringify(value)}, expected ${want}`);
    return value;
  };
  await expectTag('meta[property="og:title"]', /./);
  await expectTag('meta[property="og:description"]', /./);
  await expectTag('meta[property="og:url"]', absolute(path));
  await expectTag('meta[property="og:site_name"]', "Careers Guide");
  await expectTag('meta[property="og:locale"]', "en_GB");
  await expectTag('meta[property="og:image:alt"]', /./);
  await expectTag('meta[name="twitter:card"]', "summary_large_image");
  for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    const image = await expectTag(selector, new RegExp(`^${DEFAULT_SITE_URL}/`));
    if (!image?.startsWith(`${DEFAULT_SITE_URL}/`)) continue;
    // The tags name SITE_URL; fetch the same path from the server under test.
    const { pathname, search } = new URL(image);
    const response = await request.get(pathname + search);
    const type = response.headers()["content-type"];
    if (response.status() !== 200 || type !== "image/png") problems.push(`${image} answered ${response.status()} ${type}`);
  }
  return problems;
}

/** The page's title, description and canonical URL. */
async function metadataProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  if (!(await page.title())) problems.push("no title");
  const descriptions = page.locator('meta[name="description"]');
  if ((await descriptions.count()) !== 1) problems.push(`${await descriptions.count()} description tags`);
  const description = contentPages.get(path);
  if (description && (await descriptions.first().getAttribute("content")) !== description) {
    problems.push(`the description is not the page's summary "${description}"`);
  }
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href", { timeout: 1000 }).catch(() => null);
  if (canonical !== absolute(path)) problems.push(`the canonical URL is ${canonical}, expected ${absolute(path)}`);
  return problems;
}

const REVIEW_DATES =
  /^Last updated: \d{1,2} [A-Z][a-z]+ \d{4}\. Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}\. Next review due: \d{1,2} [A-Z][a-z]+ \d{4}\.$/;

test("the sitemap lists the accessibility statement and the privacy notice", () => {
  expect(SITEMAP_PATHS).toContain("/accessibility");
  expect(SITEMAP_PATHS).toContain("/privacy");
});

test("every page in the sitemap has a title of its own", async ({ request }) => {
  const titles = new Map<string, string>();
  for (const path of SITEMAP_PATHS) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    expect(title, `${path} has a title`).not.toBe("");
    expect(titles.get(title), `${path}'s title "${title}" is also`).toBeUndefined();
    titles.set(title, path);
  }
});

for (const { path, status } of PAGES_TO_CHECK) {
  const inSitemap = SITEMAP_PATHS.includes(path);

  test.describe(path, () => {
    test.describe.configure({ mode: "default" });

    test.describe("at 1280 px", () => {
      let loaded: Loaded;
      test.beforeAll(async ({ browser }, testInfo) => {
        testInfo.setTimeout(LIMITS.load);
        loaded = await load(browser, testInfo, path, { width: 1280, height: 800 });
      });
      test.afterAll(async () => loaded?.context.close());

      test(`answers ${status} and logs no error and no policy violation`, async () => {
        test.setTimeout(LIMITS.quick);
        expect(loaded.status).toBe(status);
        expectNone(loaded.problems);
      });

      test("the footer links to the accessibility statement and the privacy notice", async () => {
        test.setTimeout(LIMITS.quick);
        expectNone(await footerLinks(loaded.page));
      });

      test("one h1, no skipped heading levels, landmarks around all content, lang en-GB", async () => {
        test.setTimeout(LIMITS.quick);
        expectNone(await headingsAndLandmarks(loaded.page));
      });

      test("every link's purpose is clear: a name, not a vague one, one name for one place (2.4.4)", async () => {
        test.setTimeout(LIMITS.quick);
        expectNone(await linkPurpose(loaded.page));
      });

      if (inSitemap) {
        test("a title, one description and an absolute canonical URL", async () => {
          test.setTimeout(LIMITS.quick);
          expectNone(await metadataProblems(loaded.page, path));
        });

        test("Open Graph and Twitter card tags, with an absolute preview image that answers as a PNG", async ({ request }) => {
          test.setTimeout(LIMITS.quick);
          expectNone(await linkPreviewProblems(loaded.page, request, path));
        });
      }

      if (contentPages.has(path)) {
        test("says when it was last updated and reviewed and when the next review is due", async () => {
          test.setTimeout(LIMITS.quick);
          await expect(loaded.page.getByTestId("review-dates")).toHaveText(REVIEW_DATES);
        });
      }

      test("fits the window without sideways scrolling", async () => {
        test.setTimeout(LIMITS.quick);
        expectNone(await fitsWidth(loaded.page));
      });

      test(`buttons, search boxes and tick boxes are at least ${MIN_TARGET_SIZE} px (2.5.8)`, async () => {
        test.setTimeout(LIMITS.quick);
        const { controls, problems } = await targetSizes(loaded.page);
        expectNone(problems);
        // The header's search box and button are on every page: the check saw them.
        expect(controls).toBeGreaterThan(0);
      });

      test("no axe violations (WCAG 2.0, 2.1, 2.2 A and AA, best practice)", async () => {
        test.setTimeout(LIMITS.axe);
        expectNone(await axeViolations(loaded.page));
      });

      test("every link, button and field is reached with Tab and shows visible focus", async () => {
        test.setTimeout(LIMITS.keyboard);
        expectNone(await keyboardWalk(loaded.page));
      });

      test(`text at ${TEXT_RESIZE_PERCENT}%: no sideways scrolling, nothing cut off, everything on screen (1.4.4)`, async () => {
        test.setTimeout(LIMITS.quick);
        expectNone(await textResize(loaded.page));
      });
    });

    test.describe("at 390 px, then 320 px", () => {
      let loaded: Loaded;
      test.beforeAll(async ({ browser }, testInfo) => {
        testInfo.setTimeout(LIMITS.load);
        loaded = await load(browser, testInfo, path, { width: 390, height: 800 });
      });
      test.afterAll(async () => loaded?.context.close());

      test("no axe violations at 390 px", async () => {
        test.setTimeout(LIMITS.axe);
        expect(loaded.status).toBe(status);
        expectNone(await axeViolations(loaded.page));
      });

      test(`buttons, search boxes and tick boxes are at least ${MIN_TARGET_SIZE} px at 390 px (2.5.8)`, async () => {
        test.setTimeout(LIMITS.quick);
        const { controls, problems } = await targetSizes(loaded.page);
        expectNone(problems);
        expect(controls).toBeGreaterThan(0);
      });

      test("every link, button and field is reached with Tab and shows visible focus at 390 px", async () => {
        test.setTimeout(LIMITS.keyboard);
        expectNone(await keyboardWalk(loaded.page));
      });

      test(`reflows to ${REFLOW_VIEWPORT.width} × ${REFLOW_VIEWPORT.height} px with no sideways scrolling (1.4.10)`, async () => {
        test.setTimeout(LIMITS.quick);
        await loaded.page.setViewportSize(REFLOW_VIEWPORT);
        expectNone(await fitsWidth(loaded.page));
      });

      test(`text at ${TEXT_RESIZE_PERCENT}% at 320 px: no sideways scrolling, nothing cut off, everything on screen (1.4.4)`, async () => {
        test.setTimeout(LIMITS.quick);
        await loaded.page.setViewportSize({ width: 320, height: 800 });
        expectNone(await textResize(loaded.page));
      });
    });

    test.describe("with JavaScript off", () => {
      let loaded: Loaded;
      test.beforeAll(async ({ browser }, testInfo) => {
        testInfo.setTimeout(LIMITS.load);
        loaded = await load(browser, testInfo, path, { width: 1280, height: 800, javaScriptEnabled: false });
      });
      test.afterAll(async () => loaded?.context.close());

      test("shows its heading, its content and the header's search box", async () => {
        test.setTimeout(LIMITS.quick);
        const { page } = loaded;
        expect(loaded.status).toBe(status);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.locator("main p").count()).toBeGreaterThan(0);
        const form = page.getByRole("search", { name: "Site-wide" });
        await expect(form.getByRole("searchbox", { name: "Search the guide" })).toBeVisible();
        await expect(form.getByRole("button", { name: "Search" })).toBeVisible();
      });
    });
  });
}
