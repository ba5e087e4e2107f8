import { expect, test } from "@playwright/test";
import { siteContent } from "../support/helpers";

const { industries, roles } = siteContent();
const industry = industries[0]!;

test("home links to the industry and to every role", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const main = page.getByRole("region", { name: "Industries" });
  await expect(main.getByRole("link", { name: industry.name, exact: true })).toHaveAttribute(
    "href",
    `/industries/${industry.slug}`,
  );
  // Up to five roles per industry on the home page: all four of the real guide's.
  for (const role of roles) {
    await expect(main.getByRole("link", { name: role.title, exact: true })).toHaveAttribute("href", `/roles/${role.slug}`);
  }
  await expect(main.getByRole("link", { name: /^See all/ })).toHaveCount(0);
});

test("the industry page follows the source page's order", async ({ page }) => {
  await page.goto(`/industries/${industry.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(industry.name);
  const headings = await page.locator("main h1, main h2, main h3").allInnerTexts();
  const order = ["Career path patterns", "The big picture", "Common path patterns", "Roles in this industry"];
  const positions = order.map((heading) => headings.indexOf(heading));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  await expect(page.getByText("How people actually get into these roles")).toBeVisible();
  await expect(page.getByText(industry.summary)).toBeVisible();
  for (const pattern of industry.pathPatterns) {
    await expect(page.getByText(pattern.description)).toBeVisible();
  }
  await expect(page.getByTestId("path-patterns").getByRole("listitem").first().locator("p").first()).toHaveText(/Customer service \/ contact centre\s*→\s*leads to\s*Trust & Safety/);
});

for (const role of roles) {
  test(`home → industry → "View role →" leads to ${role.title}`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("region", { name: "Industries" }).getByRole("link", { name: industry.name, exact: true }).click();
    await expect(page).toHaveURL(`/industries/${industry.slug}`);
    await page
      .getByRole("region", { name: "Roles in this industry" })
      .getByRole("link", { name: `View role: ${role.title}` })
      .click();
    await expect(page).toHaveURL(`/roles/${role.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.title);
    await expect(page.locator("h1")).toHaveCount(1);
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(breadcrumb.getByRole("listitem")).toHaveText(["Home", industry.name, role.title]);
    await expect(page.getByRole("link", { name: `Back to ${industry.name}` })).toHaveAttribute(
      "href",
      `/industries/${industry.slug}`,
    );
    const others = page.getByRole("region", { name: `Other roles in ${industry.name}` });
    await expect(others.getByRole("link", { name: /^View role: / })).toHaveCount(roles.length - 1);
  });
}

test("a path pattern's role link opens the role, which lists the pattern", async ({ page }) => {
  const pattern = industry.pathPatterns[0]!;
  await page.goto(`/industries/${industry.slug}`);
  await page.getByTestId("path-patterns").getByRole("link").first().click();
  await expect(page).toHaveURL(`/roles/${pattern.to}`);
  const pathsIn = page.getByRole("region", { name: "How people get into this role" });
  await expect(pathsIn.getByText(pattern.from)).toBeVisible();
  await expect(pathsIn.getByText(pattern.description)).toBeVisible();
});
