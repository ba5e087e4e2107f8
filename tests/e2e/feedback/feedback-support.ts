/** What the end-to-end tests of readers' feedback share: the pages with the forms, and a client of each test's own. */
import type { Page, TestInfo } from "@playwright/test";
import { clientFor } from "../support/clients";
import { siteContent } from "../support/helpers";

const { roles, industries } = siteContent();
export const CONTENT_PAGES = [
  ...industries.map((industry) => ({ path: `/industries/${industry.slug}`, title: industry.name })),
  ...roles.map((role) => ({ path: `/roles/${role.slug}`, title: role.title })),
];
export const ROLE = CONTENT_PAGES.find((each) => each.path.startsWith("/roles/"))!;

export async function asOwnClient(page: Page, info: TestInfo) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientFor(info) });
}

/** Fails the test on any console error or uncaught exception on the page. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    // The guide has no favicon yet; the browser's request for one is not the page's doing.
    if (new URL(message.location().url || "about:blank").pathname === "/favicon.ico") return;
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export const feedback = (page: Page) => page.getByRole("region", { name: "Feedback on this page" });

/** Sends a plain form post from the browser, as a reader without JavaScript would, and lands on its answer. */
export async function postNatively(page: Page, fields: Record<string, string>) {
  await page.evaluate((values) => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/feedback";
    for (const [name, value] of Object.entries(values)) {
      const input = document.createElement("textarea");
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }, fields);
  await page.waitForLoadState("load");
}
