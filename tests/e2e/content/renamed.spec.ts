import { expect, test } from "@playwright/test";

// This project runs against a build of content in which clinical-coder was renamed clinical-coding-officer
// with `redirectFrom: [clinical-coder]` (tests/e2e/support/make-renamed-content.mjs).

test("a renamed role's old address answers 308 with the new address", async ({ request }) => {
  const response = await request.get("/roles/clinical-coder", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/roles/clinical-coding-officer");
});

test("a shared link to a part of the renamed role still lands on that part", async ({ page }) => {
  await page.goto("/roles/clinical-coder#qualifications");
  await expect(page).toHaveURL(/\/roles\/clinical-coding-officer#qualifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clinical Coder");
  await expect(page.getByRole("heading", { name: "Qualifications and routes in" })).toBeInViewport();
});

test("the industry page links to the role's new address", async ({ page }) => {
  await page.goto("/industries/healthcare-informatics");
  await expect(page.getByRole("link", { name: "View role: Clinical Coder" })).toHaveAttribute(
    "href",
    "/roles/clinical-coding-officer",
  );
});

test("a renamed role's old feed address answers 308 with the new feed", async ({ request }) => {
  const response = await request.get("/roles/clinical-coder/updates.atom", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/roles/clinical-coding-officer/updates.atom");
});
