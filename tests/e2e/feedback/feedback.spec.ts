/**
 * Readers' feedback end to end, against the production build. The server trusts X-Forwarded-For from 127.0.0.1
 * (playwright.config.ts), so each test posts as a client of its own and the rate limit of one test never touches
 * another.
 *
 * This file: "Is this page useful?" and "Report a problem with this page" on every role and industry page with
 * JavaScript, sent in place. Without JavaScript: feedback-plain.spec.ts; POST /feedback itself: feedback-post.spec.ts.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { asOwnClient, CONTENT_PAGES, feedback, ROLE, watchConsole } from "./feedback-support";

test.describe("with JavaScript", () => {
  for (const { path } of CONTENT_PAGES) {
    test(`${path}: Yes is sent in place and thanked, focus moves to the thanks`, async ({ page }, info) => {
      await asOwnClient(page, info);
      const errors = watchConsole(page);
      await page.goto(path);
      const region = feedback(page);
      await expect(region.getByRole("heading", { name: "Is this page useful?" })).toBeVisible();
      // The region is the last thing in <main>, above the footer.
      expect(await page.evaluate(() => document.querySelector("main")!.lastElementChild?.tagName)).toBe("SECTION");

      const answer = page.waitForResponse((response) => response.url().endsWith("/feedback"));
      await region.getByRole("button", { name: "Yes, this page is useful" }).click();
      expect((await answer).status()).toBe(201);
      const thanks = region.getByRole("status");
      await expect(thanks).toHaveText("Thank you for your feedback.");
      await expect(thanks).toBeFocused();
      await expect(region.getByRole("button", { name: /this page is useful/ })).toHaveCount(0);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(errors).toEqual([]);
    });

    test(`${path}: No is thanked and opens the problem form; the report is sent in place`, async ({ page }, info) => {
      await asOwnClient(page, info);
      const errors = watchConsole(page);
      await page.goto(path);
      const region = feedback(page);
      await region.getByRole("button", { name: "No, this page is not useful" }).click();
      await expect(region.getByRole("status").first()).toContainText("Thank you for your feedback.");
      await expect(region.getByRole("status").first()).toBeFocused();
      const doing = region.getByLabel("What were you doing?");
      await expect(doing).toBeVisible();
      await doing.fill("Reading about the role for a careers session.");
      await region.getByLabel("What went wrong?").fill("A link did not work. Email me at reader@example.com");
      const sent = page.waitForResponse((response) => response.url().endsWith("/feedback"));
      await region.getByRole("button", { name: "Send" }).click();
      expect((await sent).status()).toBe(201);
      const thanks = region.getByText("Thank you for your report.");
      await expect(thanks).toBeVisible();
      await expect(page.locator(":focus")).toContainText("Thank you for your report.");
      await expect(region.getByLabel("What went wrong?")).toHaveCount(0);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(errors).toEqual([]);
    });
  }

  test("the problem form asks for something before sending, and says so accessibly", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByText("Report a problem with this page").click();
    await expect(region.getByText(/Do not include personal details/)).toBeVisible();
    await region.getByRole("button", { name: "Send" }).click();
    const alert = region.getByRole("alert");
    await expect(alert).toContainText("Enter what you were doing or what went wrong");
    await expect(alert).toBeFocused();
    await expect(region.getByLabel("What went wrong?")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page, "problem form with an error");

    await region.getByLabel("What went wrong?").fill("x".repeat(1201));
    await region.getByRole("button", { name: "Send" }).click();
    await expect(alert).toContainText('"What went wrong?" must be 1,200 characters or fewer; it has 1,201');
  });

  // The forms as first shown ("asked") get axe with every role and industry page (every-page.spec.ts).
  test("the forms pass axe with the problem form open", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    await feedback(page).getByText("Report a problem with this page").click();
    await expectNoAxeViolations(page, "problem form open");
  });

  test("the forms pass axe after No", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByRole("button", { name: "No, this page is not useful" }).click();
    await expect(region.getByRole("status").first()).toBeVisible();
    await expectNoAxeViolations(page, "after No");
  });

  test("the forms pass axe once a report is sent", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByRole("button", { name: "No, this page is not useful" }).click();
    await region.getByLabel("What went wrong?").fill("The page did not load a picture.");
    await region.getByRole("button", { name: "Send" }).click();
    await expect(region.getByText("Thank you for your report.")).toBeVisible();
    await expectNoAxeViolations(page, "report sent");
  });

  test("keyboard only: Tab to Yes, Enter, and focus lands on the thanks", async ({ page }, info) => {
    // 11 s on a quiet two-core machine: a check of where focus is after every Tab.
    test.setTimeout(45_000);
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const yes = feedback(page).getByRole("button", { name: "Yes, this page is useful" });
    for (let stop = 0; stop < 120 && !(await yes.evaluate((element) => element === document.activeElement)); stop++) {
      await page.keyboard.press("Tab");
    }
    await expect(yes).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(feedback(page).getByRole("status")).toBeFocused();
  });

  test("the forms do not print", async ({ page }) => {
    await page.goto(ROLE.path);
    await page.emulateMedia({ media: "print" });
    await expect(feedback(page)).toBeHidden();
  });

  test("a failed send keeps the form and says what happened", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    await page.route("**/feedback", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ ok: false, error: { code: "unavailable", message: "We could not save your answer. Please try again later." } }),
      }),
    );
    const region = feedback(page);
    await region.getByRole("button", { name: "Yes, this page is useful" }).click();
    await expect(region.getByRole("alert")).toHaveText("We could not save your answer. Please try again later.");
    await expect(region.getByRole("button", { name: "Yes, this page is useful" })).toBeEnabled();
  });
});
