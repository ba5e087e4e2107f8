import { expect, test } from "@playwright/test";

const missing = [
  "/roles/no-such-role",
  "/industries/no-such-industry",
  "/roles/Clinical-Coder",
  "/roles/clinical-coder/extra",
  "/roles/a-z",
  "/roles/a-z/b",
  "/no-such-page",
  "/roles/%E2%9C%93",
];

for (const url of missing) {
  test(`${url} answers 404 with a page that links back into the guide`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "go to the guide's home page" })).toHaveAttribute("href", "/");
    await expect(page.getByRole("link", { name: "browse the industries" })).toHaveAttribute("href", "/industries");
    await expect(page.getByRole("link", { name: "browse all roles A to Z" })).toHaveAttribute("href", "/roles");
  });
}
