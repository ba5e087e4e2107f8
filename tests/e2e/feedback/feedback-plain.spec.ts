/**
 * Readers' feedback end to end, against the production build. The server trusts X-Forwarded-For from 127.0.0.1
 * (playwright.config.ts), so each test posts as a client of its own and the rate limit of one test never touches
 * another.
 *
 * This file: the forms without JavaScript (plain forms, 303 to a thank-you page), and the plain thank-you and
 * error pages, which pass axe.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { asOwnClient, CONTENT_PAGES, feedback, postNatively, ROLE } from "./feedback-support";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, title } of CONTENT_PAGES) {
    test(`${path}: Yes posts the plain form and lands on a thank-you page that links back`, async ({ page }, info) => {
      await asOwnClient(page, info);
      await page.goto(path);
      const [response] = await Promise.all([
        page.waitForResponse((each) => each.url().endsWith("/feedback") && each.request().method() === "POST"),
        feedback(page).getByRole("button", { name: "Yes, this page is useful" }).click(),
      ]);
      expect(response.status()).toBe(303);
      await expect(page).toHaveURL(/\/feedback\/thanks\?/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
      await page.getByRole("link", { name: `Go back to ${title}` }).click();
      await expect(page).toHaveURL(path);
    });

    test(`${path}: a problem report posts the plain form and is thanked`, async ({ page }, info) => {
      await asOwnClient(page, info);
      await page.goto(path);
      const region = feedback(page);
      await region.getByText("Report a problem with this page").click();
      await region.getByLabel("What were you doing?").fill("Printing the page for a client.");
      await region.getByLabel("What went wrong?").fill("The second page was blank.");
      await region.getByRole("button", { name: "Send" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
      await expect(page.getByText(/Your report has been sent/)).toBeVisible();
    });
  }

  test("after No, the thank-you page offers the problem form, which opens at the link", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    await feedback(page).getByRole("button", { name: "No, this page is not useful" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
    await page.getByRole("link", { name: "tell us what went wrong with the page" }).click();
    await expect(page).toHaveURL(`${ROLE.path}#report-a-problem`);
    await expect(feedback(page).getByLabel("What went wrong?")).toBeVisible();
  });

  test("a report that is too long gets a plain error page with the text kept and the form again", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByText("Report a problem with this page").click();
    await region.getByLabel("What went wrong?").fill(`<b>kept</b> ${"y".repeat(1300)}`);
    const [response] = await Promise.all([
      page.waitForResponse((each) => each.url().endsWith("/feedback")),
      region.getByRole("button", { name: "Send" }).click(),
    ]);
    expect(response.status()).toBe(422);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is a problem with your answer");
    await expect(page.getByText(/"What went wrong\?" must be 1,200 characters or fewer; it has 1,3\d\d/)).toBeVisible();
    await expect(page.getByLabel("What went wrong?")).toHaveValue(/^<b>kept<\/b> y+$/);
    await page.getByLabel("What went wrong?").fill("Shorter now.");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
  });

  test("the thank-you page never links off the site", async ({ page }) => {
    await page.goto(`/feedback/thanks?page=${encodeURIComponent("https://evil.example/")}&answer=yes`);
    await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  });
});

test.describe("the plain pages pass axe (checked with JavaScript on, which axe needs; the pages have no script)", () => {
  for (const answer of ["yes", "no", "problem"]) {
    test(`the thank-you page after ${answer}`, async ({ page }) => {
      await page.goto(`/feedback/thanks?page=${encodeURIComponent(ROLE.path)}&answer=${answer}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
      await expectNoAxeViolations(page);
    });
  }

  const errors: { name: string; fields: Record<string, string>; status: number; heading: string }[] = [
    {
      name: "a report that is too long (422, the form again)",
      fields: { page: ROLE.path, kind: "problem", whatWrong: "w".repeat(1300) },
      status: 422,
      heading: "There is a problem with your answer",
    },
    {
      name: "an unknown page (422)",
      fields: { page: "/roles/nope", kind: "useful", useful: "yes" },
      status: 422,
      heading: "There is a problem with your answer",
    },
    {
      name: "a bad answer (400)",
      fields: { page: ROLE.path, kind: "useful", useful: "maybe" },
      status: 400,
      heading: "Your answer could not be sent",
    },
  ];
  for (const { name, fields, status, heading } of errors) {
    test(name, async ({ page }, info) => {
      await asOwnClient(page, info);
      await page.goto(`/feedback/thanks?page=${encodeURIComponent(ROLE.path)}&answer=yes`);
      const response = page.waitForResponse((each) => each.url().endsWith("/feedback"));
      await postNatively(page, fields);
      expect((await response).status()).toBe(status);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoAxeViolations(page);
    });
  }
});
