import { expect, test } from "@playwright/test";
import { formatDate } from "../../../lib/content/dates";
import { PRIVACY_NOTICE_DATES, retentionDaysFromEnv } from "../../../lib/site/privacy";
import { DEFAULT_SITE_URL } from "../support/helpers";

/*
 * The privacy notice for readers' feedback (/privacy): linked from every page's footer, in the sitemap (so
 * every-page.spec.ts checks its footer link, axe and layout with every other page), and saying what feedback and
 * searches that find nothing store, what is removed, how long it is kept and who can read it. The retention period is the one the build was made with (the same
 * environment runs the tests).
 */

test("the privacy notice says what feedback stores, what it removes, how long it is kept and who can read it", async ({ page }) => {
  await page.goto("/roles/clinical-coder");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy", exact: true }).click();
  await expect(page).toHaveURL("/privacy");
  await expect(page).toHaveTitle("Privacy notice | Careers Guide");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /stores when you send feedback on a page or a search finds nothing/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${DEFAULT_SITE_URL}/privacy`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice: feedback on this guide");
  await expect(page.locator("main h2:not(#contents-heading)")).toHaveText([
    "What we store when you send feedback",
    "What we do not store with your answer",
    "Personal details we remove",
    "How long we keep it",
    "Searches that find nothing",
    "Who can read it and what it is used for",
    "Your feedback is anonymous",
  ]);
  // Every "On this page" link leads to a heading of the notice.
  for (const link of await page.getByRole("navigation", { name: "On this page" }).getByRole("link").all()) {
    const id = (await link.getAttribute("href"))!.slice(1);
    await expect(page.locator(`h2[id="${id}"]`)).toHaveText((await link.textContent())!);
  }

  const main = page.locator("main");

  // What is stored: the page's address, the answer or the two texts, the time, whether JavaScript was on.
  const stored = main.locator("h2#what-we-store + p + ul");
  await expect(stored.getByRole("listitem")).toHaveCount(4);
  await expect(stored).toContainText("the address of the page you were on");
  await expect(stored).toContainText("Yes or No or, if you report a problem, what you typed under “What were you doing?” and “What went wrong?”");
  await expect(stored).toContainText("the date and time you sent it");
  await expect(stored).toContainText("whether JavaScript was turned on");

  // What is not stored with an answer, and the rate limit's hash, said plainly.
  for (const text of [
    "your IP address",
    "details of your browser or device",
    "cookies",
    "anything that tracks you",
    "anything from other companies",
    "a scrambled form of the address (a one-way hash), not the address itself",
    "used for one minute",
  ]) {
    await expect(main).toContainText(text);
  }

  // What is removed, as the stored text shows it.
  for (const note of ["[email removed]", "[phone number removed]", "[National Insurance number removed]", "[card number removed]"]) {
    await expect(main).toContainText(`“${note}”`);
  }
  await expect(main).toContainText("Please do not include personal details in a report.");

  // How long: the configured number of days.
  const days = retentionDaysFromEnv();
  await expect(main).toContainText(`We keep each answer for ${days} day${days === 1 ? "" : "s"}. After that, it is deleted.`);

  // Who can read it.
  await expect(main).toContainText("the editors of this guide, in a private inbox that needs a password");
  await expect(main).toContainText("We do not share or sell your feedback, and we do not use it to contact you.");
  await expect(main).toContainText("We store nothing that links an answer to the person who sent it");

  // No organisation, contact address or legal basis is made up: there is no email address or "data controller".
  await expect(main).not.toContainText(/@|data controller|legal basis/i);
  // Questions go through the problem form, which is on every role and industry page, found from the home page.
  await expect(main.locator("h2#questions ~ p").getByRole("link")).toHaveText(["home page"]);

  await expect(page.getByTestId("review-dates")).toHaveText(`Page last updated: ${formatDate(PRIVACY_NOTICE_DATES.lastUpdated)}.`);
  await expect(page.getByTestId("review-dates").locator("time")).toHaveAttribute("datetime", PRIVACY_NOTICE_DATES.lastUpdated);
});

test("the privacy notice says what is kept of a search that finds nothing", async ({ page }) => {
  await page.goto("/privacy");
  // Searches that find nothing: the words and a count per day, without personal details or anything about who
  // searched, kept as long as answers.
  const main = page.locator("main");
  const days = retentionDaysFromEnv();
  const searches = main.locator("xpath=.//h2[@id='searches']/following-sibling::*[following-sibling::h2[@id='who-can-read-it']]");
  await expect(main.locator("h2#searches + p + ul").getByRole("listitem")).toHaveText([
    "the words you searched for, in lower case and cut to 100 characters, with personal details removed",
    "how many times they were searched for on each day",
  ]);
  for (const text of [
    "When a search on this website finds nothing, we count it",
    "We do not keep who searched, your IP address, the time of day or any cookie.",
    "postcodes, and long numbers such as an NHS number or a date of birth",
    "A search that is only numbers, or only a personal detail, is not kept at all.",
    "for one minute, in its memory only, never with the search it keeps",
    `We keep the counts for ${days} day${days === 1 ? "" : "s"}, then delete them, as we do answers.`,
  ]) {
    await expect(searches.filter({ hasText: text })).toHaveCount(1);
  }
  await expect(main).toContainText("Your answers, and the searches that found nothing, can be read by:");
});
