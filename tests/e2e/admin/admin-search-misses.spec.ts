/**
 * "Searches with no results" in the editors' inbox, on both stores: the main server (PGlite) and the third server
 * (PostgreSQL, tests/e2e/support/postgres-server.ts). Searches are made through /search, as readers make them, each
 * from a client address of the test's own (the servers trust X-Forwarded-For from 127.0.0.1).
 */
import { randomInt } from "node:crypto";
import fs from "node:fs";
import { expect, test, type APIRequestContext, type TestInfo } from "@playwright/test";
import { ADMIN_PASSWORD, ADMIN_USERNAME, adminAuthorization } from "../support/admin-credentials";
import { clientFor } from "../support/clients";

const PORT = Number(process.env.E2E_PORT ?? 3100);

function postgresSkipped(): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync("test-results/e2e-postgres.json", "utf8")) as { skipped?: string }).skipped;
  } catch {
    return "the PostgreSQL server did not start (test-results/e2e-postgres.json is missing)";
  }
}

const STORES = [
  { name: "PGlite", port: PORT, offPort: PORT + 1 },
  { name: "PostgreSQL", port: PORT + 2, offPort: PORT + 3 },
];

/** A query no page of the guide can match: consonants only, so no word or spelling is near it. */
const nonsense = () => `zq${Array.from({ length: 12 }, () => "bcdfghjklmnpqrstvwxz"[randomInt(20)]).join("")}`;

async function search(api: APIRequestContext, info: TestInfo, query: string, client: string) {
  const response = await api.get(`/search?q=${encodeURIComponent(query)}`, { headers: { "X-Forwarded-For": clientFor(info, client) } });
  expect(response.status(), query).toBe(200);
}

for (const store of STORES) {
  test.describe(`searches with no results on ${store.name}`, () => {
    test.use({
      baseURL: `http://127.0.0.1:${store.port}`,
      httpCredentials: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD },
    });
    test.beforeEach(() => {
      const skipped = store.name === "PostgreSQL" ? postgresSkipped() : undefined;
      test.skip(Boolean(skipped) && !process.env.CI, skipped);
    });

    test("are counted once per reader a minute, personal details removed, and listed in the inbox and its CSV", async ({ page, request }, info) => {
      const marker = nonsense();
      // Every word nonsense: a search that finds any one of its words has results, and is not counted.
      const email = `${nonsense()}@${nonsense()}.zq`;
      // Two searches by one reader and one by another: 2. A search holding an email address: kept without it.
      await Promise.all([
        search(request, info, marker, "a"),
        search(request, info, marker.toUpperCase(), "a"),
        search(request, info, `  ${marker}  `, "b"),
        search(request, info, `${marker} ${email.toUpperCase()}`, "a"),
      ]);

      const table = page.getByRole("table", { name: /^Searches with no results/ });
      const row = (query: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: query, exact: true }) });
      const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
      // Counting happens after each search has answered: the inbox may need to be opened again.
      await expect(async () => {
        await page.goto("/admin/feedback");
        await expect(row(marker).getByRole("cell")).toHaveText(["2", today, today], { timeout: 500 });
      }).toPass({ timeout: 10_000, intervals: [100, 250, 500] });
      await expect(page.getByRole("heading", { level: 2, name: "Searches with no results" })).toBeVisible();
      await expect(row(`${marker} [email removed]`).getByRole("cell")).toHaveText(["1", today, today]);
      await expect(table).not.toContainText(email);
      expect(await table.getByRole("columnheader").allTextContents()).toEqual(["Query", "Searches in the last 30 days", "First seen", "Last seen"]);

      const response = await request.get("/admin/search-misses.csv", { headers: { Authorization: adminAuthorization() } });
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="careers-guide-searches-with-no-results-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(response.headers()["cache-control"]).toBe("private, no-store");
      const csv = (await response.text()).replace(/^\uFEFF/, "");
      const day = new Date().toISOString().slice(0, 10);
      expect(csv.split("\r\n")[0]).toBe('"query","searches in the last 30 days","searches on every day kept","first seen","last seen"');
      expect(csv).toContain(`"${marker}","2","2","${day}","${day}"`);
      expect(csv).toContain(`"${marker} [email removed]","1","1","${day}","${day}"`);
    });

    // Plain fetch: Playwright's request context would answer the challenge with httpCredentials itself.
    test("the CSV asks for the editors' password, and is not there when the inbox is off", async () => {
      const response = await fetch(`http://127.0.0.1:${store.port}/admin/search-misses.csv`);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("query");
      const off = await fetch(`http://127.0.0.1:${store.offPort}/admin/search-misses.csv`, { headers: { Authorization: adminAuthorization() } });
      expect(off.status).toBe(404);
    });
  });
}
