import { expect, test } from "@playwright/test";
import { siteContent } from "../support/helpers";

// Every page's title, description, canonical URL, width and review dates are checked in every-page.spec.ts.

const { roles } = siteContent();

test("a role page's review dates are machine-readable: last updated, last reviewed, next review due", async ({ page }) => {
  const role = roles[0]!;
  await page.goto(`/roles/${role.slug}`);
  await expect(page.getByTestId("review-dates").locator("time")).toHaveCount(3);
  await expect(page.getByTestId("review-dates").locator("time").nth(0)).toHaveAttribute("datetime", role.changes[0]!.date);
  await expect(page.getByTestId("review-dates").locator("time").nth(1)).toHaveAttribute("datetime", role.lastReviewed);
  await expect(page.getByTestId("review-dates").locator("time").nth(2)).toHaveAttribute("datetime", role.nextReviewDue);
});
