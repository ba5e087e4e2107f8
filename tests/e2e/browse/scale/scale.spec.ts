/**
 * The guide at the size of a real careers service (issue 12): 30 industries and 1,000 generated roles
 * (bench/generate-content.ts), built once for these tests (playwright.config.ts, project "scale"). What is
 * generated is known from planContent, without reading the files.
 *
 * The contract: the header links "Industries" (/industries) and "All roles" (/roles), never every industry; /roles
 * is "All roles A to Z" with a link to each letter (/roles/a-z/<letter>, 50 roles a page, page N at
 * /roles/a-z/<letter>/<N>); search shows 20 results a page with the total, and Previous and Next links (rel=prev,
 * rel=next) with the page number in the address; an industry with more than 50 roles is paged; the compare chooser
 * lets a reader add a role by industry or by searching; the home page stays under 100 KB of HTML and the chooser
 * under 150 KB.
 */
import { expect, test, type Page } from "@playwright/test";
import { planContent, type PlannedRole } from "../../../../scripts/harness/content-plan";
import { expectNoAxeViolations } from "../../support/axe";
import { SCALE_SIZE } from "../../../../scripts/harness/scale-content";

const plan = planContent(SCALE_SIZE);
/** Every generated role has "data" in its summary, and no industry has it: the broad query matches the roles only. */
const BROAD = "data";
const RESULTS_PER_PAGE = 20;
const ROLES_PER_LETTER_PAGE = 50;
const KB = 1024;

const rolesOfLetter = (letter: string) => plan.roles.filter((role) => role.letter === letter);
/** The letter with the most roles (S: 102 at 1,000 roles, so three pages) and one with few (Q: 11). */
const BIG_LETTER = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].sort((a, b) => rolesOfLetter(b).length - rolesOfLetter(a).length)[0]!;
const SMALL_LETTER = "Q";
/** The industry with the most roles (more than 50). */
const BIG_INDUSTRY = [...plan.industries].sort((a, b) => b.roles.length - a.roles.length)[0]!;
const roleBySlug = new Map(plan.roles.map((role) => [role.slug, role]));
const roleOf = (slug: string) => roleBySlug.get(slug)!;

const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The distinct role pages the main part of the page links to (not the A to Z's own pages): /roles/<slug>. */
async function roleLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole("main")
    .locator('a[href^="/roles/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((href) => /^\/roles\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(href) && href !== "/roles/a-z"))];
}

/** The role pages the search results on this page link to, in order. */
async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator("[data-search-results] > li")
    .evaluateAll((items) => items.map((item) => item.querySelector("a")?.getAttribute("href") ?? ""));
}

const next = (page: Page) => page.locator('a[rel~="next"]');
const previous = (page: Page) => page.locator('a[rel~="prev"]');

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows 20 results a page with the total, and Next and Previous links that keep the page in the address", async ({ page }) => {
    const total = plan.roles.length;
    // Text runs on from the heading before it ("Search1,000 results"), so no \b before the number.
    const totalText = new RegExp(`(?<![\\d,])${total.toLocaleString("en-GB").replace(",", ",?")} results\\b`);
    const response = await page.goto(`/search?q=${BROAD}`);
    expect(response?.status()).toBe(200);
    const main = page.getByRole("main");
    await expect(main).toContainText(totalText);
    await expect(page.locator("[data-search-results] > li")).toHaveCount(RESULTS_PER_PAGE);
    const first = await resultLinks(page);
    await expect(previous(page)).toHaveCount(0);
    await expect(next(page)).toHaveCount(1);
    await expect(next(page)).toContainText("Next");

    // Next, twice.
    await next(page).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    expect(searchParam(page, "q")).toBe(BROAD);
    await expect(main).toContainText(totalText);
    await expect(page.locator("[data-search-results] > li")).toHaveCount(RESULTS_PER_PAGE);
    const second = await resultLinks(page);
    expect(second.filter((href) => first.includes(href)), "results on both page 1 and page 2").toEqual([]);

    await next(page).click();
    await expect(page).toHaveURL(/[?&]page=3(&|$)/);
    expect(searchParam(page, "q")).toBe(BROAD);
    await expect(page.locator("[data-search-results] > li")).toHaveCount(RESULTS_PER_PAGE);
    const third = await resultLinks(page);
    expect(third.filter((href) => first.includes(href) || second.includes(href)), "results seen on an earlier page").toEqual([]);

    // Previous: back to page 2, the same results.
    await expect(previous(page)).toContainText("Previous");
    await previous(page).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    expect(searchParam(page, "q")).toBe(BROAD);
    await expect(main).toContainText(totalText);
    expect(await resultLinks(page)).toEqual(second);

    // A page of results can be shared: its address shows the same results.
    await page.goto(`/search?q=${BROAD}&page=3`);
    expect(await resultLinks(page)).toEqual(third);

    // The last page: the rest of the results, and no Next.
    const lastPage = Math.ceil(total / RESULTS_PER_PAGE);
    await page.goto(`/search?q=${BROAD}&page=${lastPage}`);
    await expect(page.locator("[data-search-results] > li")).toHaveCount(total - (lastPage - 1) * RESULTS_PER_PAGE);
    await expect(next(page)).toHaveCount(0);
    await expect(previous(page)).toHaveCount(1);
  });
});

test("the header has a bounded set of links: Industries and All roles, not every industry", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Industries", exact: true })).toHaveAttribute("href", "/industries");
  await expect(header.getByRole("link", { name: "All roles", exact: true })).toHaveAttribute("href", "/roles");
  await expect(header.locator('a[href^="/industries/"]')).toHaveCount(0);
  await expect(header.locator('a[href^="/roles/"]')).toHaveCount(0);

  await header.getByRole("link", { name: "Industries", exact: true }).click();
  await expect(page).toHaveURL(/\/industries$/);
  const main = page.getByRole("main");
  for (const industry of plan.industries) {
    await expect(main.locator(`a[href="/industries/${industry.slug}"]`).first()).toHaveText(industry.name);
  }
});

test("the home page shows the industries with their role counts, a search and the way to the A to Z", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  for (const industry of plan.industries) {
    const item = main.getByRole("listitem").filter({ has: page.locator(`a[href="/industries/${industry.slug}"]`) });
    await expect(item.first(), industry.name).toContainText(new RegExp(`\\b${industry.roles.length} roles\\b`));
  }
  await expect(main.getByRole("search")).toBeVisible();
  await expect(main.getByRole("link", { name: "Browse all roles A to Z" })).toHaveAttribute("href", "/roles");
});

test("the A to Z leads from the home page to a role: All roles, a letter, the role", async ({ page }) => {
  const role = rolesOfLetter(SMALL_LETTER)[3]!;
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "All roles", exact: true }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^All roles,? A to Z$/);
  const main = page.getByRole("main");
  // Every letter has roles at this size, so every letter is a link.
  for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
    await expect(main.locator(`a[href="/roles/a-z/${letter.toLowerCase()}" i]`).first(), letter).toBeVisible();
  }

  await main.locator(`a[href="/roles/a-z/${SMALL_LETTER.toLowerCase()}" i]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/roles/a-z/${SMALL_LETTER}$`, "i"));
  expect((await roleLinks(page)).sort()).toEqual(rolesOfLetter(SMALL_LETTER).map((each) => `/roles/${each.slug}`).sort());

  await page.getByRole("main").getByRole("link", { name: role.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/roles/${role.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.title);
});

test("a letter with more roles than a page holds is paged 50 at a time, and every one of its roles is reachable", async ({ page }) => {
  const letter = BIG_LETTER.toLowerCase();
  const expected = rolesOfLetter(BIG_LETTER).map((role) => `/roles/${role.slug}`);
  const pages = Math.ceil(expected.length / ROLES_PER_LETTER_PAGE);
  expect(pages, `${BIG_LETTER} has ${expected.length} roles`).toBeGreaterThan(2);

  const response = await page.goto(`/roles/a-z/${letter}`);
  expect(response?.status()).toBe(200);
  await expect(previous(page)).toHaveCount(0);
  const seen: string[] = [];
  for (let number = 1; number <= pages; number++) {
    if (number > 1) {
      await next(page).click();
      await expect(page).toHaveURL(new RegExp(`/roles/a-z/${letter}/${number}$`, "i"));
    }
    const links = await roleLinks(page);
    const onThisPage = number < pages ? ROLES_PER_LETTER_PAGE : expected.length - ROLES_PER_LETTER_PAGE * (pages - 1);
    expect(links, `page ${number}`).toHaveLength(onThisPage);
    expect(links.filter((href) => !expected.includes(href)), `roles of other letters on page ${number}`).toEqual([]);
    seen.push(...links);
  }
  await expect(next(page)).toHaveCount(0);
  expect([...new Set(seen)].sort()).toEqual([...expected].sort());

  await previous(page).click();
  await expect(page).toHaveURL(new RegExp(`/roles/a-z/${letter}/${pages - 1}$`, "i"));
});

test("an industry with more than 50 roles is paged, and every one of its roles is reachable", async ({ page }) => {
  const expected = BIG_INDUSTRY.roles.map((slug) => `/roles/${slug}`);
  expect(expected.length).toBeGreaterThan(50);
  const response = await page.goto(`/industries/${BIG_INDUSTRY.slug}`);
  expect(response?.status()).toBe(200);
  const seen = new Set<string>();
  for (let number = 1; ; number++) {
    const links = await roleLinks(page);
    expect(links.length, `page ${number} links to at most 50 roles`).toBeLessThanOrEqual(50);
    for (const link of links) seen.add(link);
    if ((await next(page).count()) === 0) break;
    expect(number, "pages").toBeLessThan(5);
    // Wait for the next page's address: page 1's heading names the industry too, so the heading alone does not
    // show that the page changed, and reading page 1 again would click a link that is about to go.
    const before = page.url();
    await next(page).click();
    await page.waitForURL((url) => url.href !== before);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(BIG_INDUSTRY.name);
  }
  expect(expected.filter((href) => !seen.has(href)), "roles never linked").toEqual([]);
});

test.describe("the compare chooser at 1,000 roles, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** A role chosen already, and the roles to add: from the biggest industry, and from another. */
  const chosen = roleOf(plan.industries[1]!.roles[0]!);
  const byIndustry = roleOf(BIG_INDUSTRY.roles[20]!);
  const bySearch: PlannedRole = plan.roles[516]!;

  /** The comparison shows both roles. */
  async function expectComparing(page: Page, roles: PlannedRole[]) {
    const inAddress = new URL(page.url()).searchParams.getAll("roles").flatMap((value) => value.split(","));
    expect(inAddress.sort()).toEqual(roles.map((role) => role.slug).sort());
    const cards = page.getByRole("list", { name: "Roles compared" });
    for (const role of roles) {
      await expect(cards.getByRole("link", { name: `View role: ${role.title}` })).toHaveAttribute("href", `/roles/${role.slug}`);
    }
  }

  test("adds a role chosen by its industry", async ({ page }) => {
    await page.goto(`/compare?roles=${chosen.slug}`);
    const main = page.getByRole("main");
    await expect(main).toContainText(chosen.title);
    // The industry is a link, or a choice in a list with a button: either way, by its name.
    const industryList = main.getByRole("combobox", { name: /industry/i });
    if ((await industryList.count()) > 0) {
      await industryList.selectOption({ label: BIG_INDUSTRY.name });
      await industryList.locator("xpath=ancestor::form").getByRole("button").filter({ hasNotText: "Compare" }).first().click();
    } else {
      await main.getByRole("link", { name: BIG_INDUSTRY.name, exact: true }).click();
    }
    await page.getByRole("main").getByRole("checkbox", { name: byIndustry.title, exact: true }).check();
    await page.getByRole("main").getByRole("button", { name: "Compare", exact: true }).click();
    await expectComparing(page, [chosen, byIndustry]);
  });

  test("adds a role found by searching", async ({ page }) => {
    await page.goto(`/compare?roles=${chosen.slug}`);
    const search = page.getByRole("main").getByRole("searchbox");
    await search.fill(bySearch.title);
    await search.press("Enter");
    await page.getByRole("main").getByRole("checkbox", { name: bySearch.title, exact: true }).check();
    await page.getByRole("main").getByRole("button", { name: "Compare", exact: true }).click();
    await expectComparing(page, [chosen, bySearch]);
  });
});

test.describe("accessibility of the pages that grow with the guide", () => {
  // Two axe runs on pages of up to 150 KB.
  test.describe.configure({ timeout: 90_000 });
  const pages = [
    "/roles",
    `/roles/a-z/${BIG_LETTER.toLowerCase()}`,
    `/roles/a-z/${BIG_LETTER.toLowerCase()}/2`,
    "/industries",
    `/industries/${BIG_INDUSTRY.slug}`,
    `/search?q=${BROAD}`,
    `/search?q=${BROAD}&page=2`,
    "/compare",
    "/",
  ];
  for (const path of pages) {
    test(`axe finds nothing on ${path}, at 1280 and 390 px`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectNoAxeViolations(page, `${path} at 1280 px`);
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoAxeViolations(page, `${path} at 390 px`);
    });
  }
});

test.describe("HTML size at 1,000 roles", () => {
  for (const [path, limitKb] of [
    ["/", 100],
    ["/compare", 150],
  ] as const) {
    test(`${path} is at most ${limitKb} KB of HTML`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const bytes = (await response.body()).length;
      expect(bytes, `${path}: ${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(limitKb * KB);
    });
  }
});
