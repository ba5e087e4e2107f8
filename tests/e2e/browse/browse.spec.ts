import { expect, test } from "@playwright/test";
import { letterOf, rolesAToZ } from "../../../lib/browse";
import { siteContent } from "../support/helpers";

/*
 * Browsing the guide (issue 12): the header's few links, /industries, the roles A to Z and its letters, on the real
 * four-role guide. Paging (more than 50 roles to a letter or an industry) is tested on lib/browse/index.ts and the
 * components, and end to end on the generated 1,000-role build.
 */

const content = siteContent();
const { industries, roles } = content;
const industry = industries[0]!;
const filled = rolesAToZ(content).letters.filter((group) => group.items.length > 0);

test("every kind of page has the same header: the site's name, Industries, All roles and the search form", async ({
  page,
}) => {
  for (const path of ["/", `/industries/${industry.slug}`, `/roles/${roles[0]!.slug}`, "/roles", "/updates"]) {
    await page.goto(path);
    const header = page.getByRole("banner");
    await expect(header.getByRole("link"), path).toHaveText(["Careers Guide", "Industries", "All roles"]);
    const nav = header.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Industries" })).toHaveAttribute("href", "/industries");
    await expect(nav.getByRole("link", { name: "All roles" })).toHaveAttribute("href", "/roles");
    await expect(header.getByRole("search")).toHaveCount(1);
  }
});

test("the header's Industries leads to every industry, with its summary and number of roles", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Industries" }).click();
  await expect(page).toHaveURL("/industries");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Industries");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem")).toHaveText(["Home", "Industries"]);
  const cards = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(cards).toHaveCount(industries.length);
  for (const each of industries) {
    const card = cards.filter({ has: page.getByRole("heading", { name: each.name }) });
    await expect(card.getByRole("link", { name: each.name })).toHaveAttribute("href", `/industries/${each.slug}`);
    await expect(card.getByText(each.summary)).toBeVisible();
    await expect(card.getByText(`${each.roles.length} roles`, { exact: true })).toBeVisible();
  }
});

test("/roles lists the A to Z: letters with roles link to their pages, and every role is listed under its letter", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All roles" }).click();
  await expect(page).toHaveURL("/roles");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All roles A to Z");
  const letters = page.getByRole("navigation", { name: "Roles A to Z" });
  await expect(letters.getByRole("listitem")).toHaveCount(26);
  await expect(letters.getByRole("link")).toHaveText(filled.map((group) => group.letter.label));
  for (const group of filled) {
    await expect(letters.getByRole("link", { name: group.letter.label, exact: true })).toHaveAttribute(
      "href",
      `/roles/a-z/${group.letter.key}`,
    );
  }
  await expect(letters.getByText("B", { exact: true })).toBeVisible();
  // Four roles: all listed here, under their letters, with their industry and summary.
  for (const role of roles) {
    const section = page.getByRole("region", { name: letterOf(role.title).toUpperCase(), exact: true });
    await expect(section.getByRole("link", { name: role.title, exact: true })).toHaveAttribute("href", `/roles/${role.slug}`);
    await expect(section.getByText(role.summary)).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
});

for (const role of roles) {
  test(`the A to Z reaches ${role.title}: /roles → its letter → the role`, async ({ page }) => {
    await page.goto("/roles");
    const letter = letterOf(role.title);
    await page
      .getByRole("navigation", { name: "Roles A to Z" })
      .getByRole("link", { name: letter.toUpperCase(), exact: true })
      .click();
    await expect(page).toHaveURL(`/roles/a-z/${letter}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Roles starting with ${letter.toUpperCase()}`);
    await expect(
      page.getByRole("navigation", { name: "Roles A to Z" }).getByRole("link", { name: letter.toUpperCase(), exact: true }),
    ).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem")).toHaveText([
      "Home",
      "All roles A to Z",
      letter.toUpperCase(),
    ]);
    await expect(page.getByText(industry.name, { exact: true }).first()).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: role.title, exact: true }).click();
    await expect(page).toHaveURL(`/roles/${role.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.title);
  });
}

test("a letter lists its roles in A to Z order, with no pages for four roles", async ({ page }) => {
  const group = filled.find((each) => each.items.length > 1) ?? filled[0]!;
  await page.goto(`/roles/a-z/${group.letter.key}`);
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(group.items.map((role) => role.title));
  await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
});

test("the home page has the search form, the industries with their roles, the A to Z and the latest updates", async ({
  page,
}) => {
  await page.goto("/");
  const main = page.getByRole("main");
  await expect(main.getByRole("search", { name: "Search the guide" })).toHaveCount(1);
  await expect(main.getByText(`${roles.length} roles and ${industry.pathPatterns.length} career path patterns`)).toBeVisible();
  await main.getByRole("link", { name: "Browse all roles A to Z" }).click();
  await expect(page).toHaveURL("/roles");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Latest updates" }).getByRole("listitem").first()).toBeVisible();
});

for (const path of [
  "/roles/a-z",
  "/roles/a-z/b",
  "/roles/a-z/C",
  "/roles/a-z/zz",
  "/roles/a-z/0-9",
  `/roles/a-z/${filled[0]!.letter.key}/1`,
  `/roles/a-z/${filled[0]!.letter.key}/2`,
  `/industries/${industry.slug}/roles/1`,
  `/industries/${industry.slug}/roles/2`,
  "/industries/no-such-industry/roles/2",
]) {
  test(`${path} is not a page: 404`, async ({ request }) => {
    expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(404);
  });
}
