/**
 * The editors' inbox on both stores: the main server (PGlite) and the third server (PostgreSQL, from
 * tests/e2e/support/postgres-server.ts). Answers are seeded through POST /feedback, as readers send them.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext, type TestInfo } from "@playwright/test";
import { AXE_WIDTHS } from "../../../lib/site/accessibility";
import { ADMIN_PASSWORD, ADMIN_USERNAME, adminAuthorization } from "../support/admin-credentials";
import { expectNoAxeViolations } from "../support/axe";
import { clientFor } from "../support/clients";
import { siteContent } from "../support/helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const { roles, industries } = siteContent();
const PAGE_COUNT = roles.length + industries.length;
const ROLE = roles[roles.length - 1]!;

function postgresServer(): { port?: number; skipped?: string } {
  try {
    return JSON.parse(fs.readFileSync("test-results/e2e-postgres.json", "utf8"));
  } catch {
    return { skipped: "the PostgreSQL server did not start (test-results/e2e-postgres.json is missing)" };
  }
}

/** Each store's server with the inbox on, and one with it off (no credentials set). */
const STORES = [
  { name: "PGlite", port: PORT, offPort: PORT + 1, repositoryLinks: false },
  { name: "PostgreSQL", port: PORT + 2, offPort: PORT + 3, repositoryLinks: true },
];

async function seed(api: APIRequestContext, info: TestInfo, fields: Record<string, string>, salt: string) {
  const response = await api.post("/feedback", {
    form: fields,
    headers: { Accept: "application/json", "X-Forwarded-For": clientFor(info, salt) },
  });
  expect(response.status(), JSON.stringify(fields)).toBe(201);
}

/**
 * A word to find a seeded report by. Letters only: a long run of digits (a timestamp) can pass the card number
 * check and be removed before it is stored.
 */
const markerFor = (info: TestInfo, what: string) =>
  `${what}-${createHash("sha256").update(`${info.testId}${Date.now()}${Math.random()}`).digest("hex").replace(/[0-9]/g, "").slice(0, 16)}`;

/** "2 of 3 said Yes (67%)" → [2, 3]; "No answers" → [0, 0]. */
function parseTally(text: string): [number, number] {
  const match = /([\d,]+) of ([\d,]+) said Yes/.exec(text);
  return match ? [Number(match[1]!.replace(/,/g, "")), Number(match[2]!.replace(/,/g, ""))] : [0, 0];
}

for (const store of STORES) {
  test.describe(`the editors' inbox on ${store.name}`, () => {
    test.use({
      baseURL: `http://127.0.0.1:${store.port}`,
      httpCredentials: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD },
    });
    test.beforeEach(() => {
      if (store.name === "PostgreSQL") {
        const server = postgresServer();
        test.skip(Boolean(server.skipped) && !process.env.CI, server.skipped);
      }
    });

    test("shows every page's answers, the seeded problem reports as text, and filters by page", async ({ page }, info) => {
      const api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${store.port}` });
      const marker = markerFor(info, "marker");
      const row = () => page.getByRole("row").filter({ has: page.getByRole("link", { name: ROLE.title, exact: true }) });

      await page.goto("/admin/feedback");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feedback from readers");
      const before = parseTally(await row().getByRole("cell").nth(1).innerText());

      const path = `/roles/${ROLE.slug}`;
      await seed(api, info, { page: path, kind: "useful", useful: "yes" }, "a");
      await seed(api, info, { page: path, kind: "useful", useful: "yes" }, "b");
      await seed(api, info, { page: path, kind: "useful", useful: "no" }, "c");
      await seed(
        api,
        info,
        {
          page: path,
          kind: "problem",
          whatDoing: `${marker} <script>alert("inbox")</script>`,
          whatWrong: "=HYPERLINK(\"https://evil.example\")\nWrite to me: reader@example.com",
        },
        "d",
      );
      await api.dispose();

      await page.reload();
      // One row per content page, each linking to its page.
      await expect(page.getByRole("table", { name: /^Is this page useful\?/ }).getByRole("row")).toHaveCount(PAGE_COUNT + 1);
      const after = parseTally(await row().getByRole("cell").nth(1).innerText());
      // Other tests post to the PGlite server at the same time; the PostgreSQL one is this spec's alone.
      if (store.name === "PostgreSQL") expect([after[0] - before[0], after[1] - before[1]]).toEqual([2, 3]);
      else expect(after[1]).toBeGreaterThanOrEqual(before[1] + 3);
      await expect(row().getByRole("link", { name: ROLE.title, exact: true })).toHaveAttribute("href", path);
      const fileLink = row().getByRole("link", { name: `Content file for ${ROLE.title}` });
      if (store.repositoryLinks) {
        await expect(fileLink).toHaveAttribute("href", `https://example.org/careers-guide/blob/main/${ROLE.file}`);
      } else {
        await expect(fileLink).toHaveCount(0);
      }

      // What a reader wrote is shown as text, never run; personal details were removed before it was stored.
      const report = page.getByRole("listitem").filter({ hasText: marker });
      await expect(report).toContainText(`${marker} <script>alert("inbox")</script>`);
      await expect(report).toContainText("Write to me: [email removed]");
      expect(await page.locator("main script").count()).toBe(0);

      await page.getByLabel("Show reports about").selectOption(path);
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page).toHaveURL(`/admin/feedback?page=${encodeURIComponent(path)}`);
      await expect(page.getByText(`Reports about ${ROLE.title}, newest first`)).toBeVisible();
      await expect(page.getByRole("listitem").filter({ hasText: marker })).toHaveCount(1);
      const pages = await page.locator("main ol > li a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(new Set(pages)).toEqual(new Set([path]));
    });

    for (const width of AXE_WIDTHS) {
      test(`passes axe at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/admin/feedback");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feedback from readers");
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, "no sideways scrolling of the page (the table scrolls in its own box)").toBe(0);
      });
    }

    // Plain fetch, not Playwright's request context: that one answers the challenge with httpCredentials itself.
    test("asks for the editors' password, and refuses a wrong one", async () => {
      const choices: Record<string, string>[] = [{}, { Authorization: adminAuthorization(ADMIN_USERNAME, "wrong") }];
      for (const headers of choices) {
        const response = await fetch(`http://127.0.0.1:${store.port}/admin/feedback`, { headers });
        expect(response.status).toBe(401);
        expect(response.headers.get("www-authenticate")).toMatch(/^Basic realm="/);
        expect(await response.text()).not.toContain("Feedback from readers");
      }
    });

    test("is off (404, with or without the password) on a server started without credentials", async () => {
      for (const path of ["/admin/feedback", "/admin/feedback.csv"]) {
        const choices: Record<string, string>[] = [{}, { Authorization: adminAuthorization() }];
        for (const headers of choices) {
          const response = await fetch(`http://127.0.0.1:${store.offPort}${path}`, { headers });
          expect(response.status, path).toBe(404);
        }
      }
    });

    test("the privacy notice passes axe", async ({ page }) => {
      await page.goto("/privacy");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Privacy notice");
      await expectNoAxeViolations(page);
    });

    test("the CSV has every answer, with formulas neutralised", async ({ request }, info) => {
      const marker = markerFor(info, "csv");
      await seed(request, info, { page: `/roles/${ROLE.slug}`, kind: "problem", whatDoing: marker, whatWrong: "=1+2" }, "csv");
      const response = await request.get("/admin/feedback.csv", { headers: { Authorization: adminAuthorization() } });
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(headers["content-disposition"]).toMatch(/^attachment; filename="careers-guide-feedback-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(headers["cache-control"]).toBe("private, no-store");
      expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
      const csv = (await response.text()).replace(/^\uFEFF/, "");
      expect(csv.split("\r\n")[0]).toBe('"page","useful","whatDoing","whatWrong","javascript","createdAt"');
      expect(csv).toContain(`"/roles/${ROLE.slug}","","${marker}","'=1+2","no",`);
    });
  });
}
