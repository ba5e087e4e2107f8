/**
 * The editors' inbox, the one place that shows readers' own words, has the strictest Content-Security-Policy on
 * the site: `script-src 'self' 'nonce-…' 'strict-dynamic'`, a nonce made afresh for every request and no
 * 'unsafe-inline' (proxy.ts, lib/admin/config.ts). Next puts that nonce on every script it writes into the page,
 * and the page still runs with JavaScript under it. The public pages keep the one static policy of
 * lib/site/security-headers.ts (they are prerendered and cached, which a nonce would end).
 */
import { expect, test, type APIRequestContext, type APIResponse, type TestInfo } from "@playwright/test";
import { contentSecurityPolicy, securityHeaders } from "../../../lib/site/security-headers";
import { ADMIN_PASSWORD, ADMIN_USERNAME, adminAuthorization } from "../support/admin-credentials";
import { clientFor } from "../support/clients";
import { siteContent } from "../support/helpers";
import { watchForProblems } from "../support/problems";
import { LIMITS } from "../support/time-limits";

const { roles } = siteContent();
const ROLE = roles[0]!;
const INBOX = "/admin/feedback";
const CSV = "/admin/feedback.csv";

/** Every Content-Security-Policy header of an answer (a second one would apply too, and confuse). */
const policiesOf = (response: APIResponse) =>
  response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === "content-security-policy")
    .map(({ value }) => value);

/** The one policy of an answer, and the nonce its script-src allows (undefined if none). */
function policyAndNonce(response: APIResponse, where: string): { policy: string; nonce?: string } {
  const policies = policiesOf(response);
  expect(policies, `${where}: one Content-Security-Policy header`).toHaveLength(1);
  const policy = policies[0]!;
  const scriptSrc = policy.split(";").map((directive) => directive.trim()).filter((directive) => directive.startsWith("script-src "));
  expect(scriptSrc, `${where}: one script-src`).toHaveLength(1);
  const nonce = /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(scriptSrc[0]!)?.[1];
  return { policy, nonce };
}

/** A signed-in GET, as a client of the test's own (its failed sign-ins, if any, touch no other test). */
const signedIn = (request: APIRequestContext, info: TestInfo, path: string) =>
  request.get(path, { headers: { Authorization: adminAuthorization(), "X-Forwarded-For": clientFor(info, "csp") } });

/** Every `<script …>` start tag in a page's HTML. */
const scriptTags = (html: string) => [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);

test.describe("the editors' inbox's Content-Security-Policy", () => {
  for (const path of [INBOX, `${INBOX}?page=${encodeURIComponent(`/roles/${ROLE.slug}`)}`, CSV]) {
    test(`${path}: one policy, with a nonce new on every request, 'strict-dynamic' and no 'unsafe-inline'`, async ({
      request,
    }, info) => {
      const nonces: string[] = [];
      for (const attempt of [1, 2]) {
        const response = await signedIn(request, info, path);
        const where = `${path} (request ${attempt})`;
        expect(response.status(), where).toBe(200);
        const { policy, nonce } = policyAndNonce(response, where);
        expect(nonce, `${where}: ${policy}`).toBeDefined();
        // 16 random bytes or more, in base64.
        expect(Buffer.from(nonce!, "base64").length, where).toBeGreaterThanOrEqual(16);
        expect(policy, where).not.toContain("'unsafe-inline'");
        expect(policy, where).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
        // Otherwise the site's page policy, directive for directive (style-src 'self' among them).
        expect(policy, where).toBe(contentSecurityPolicy({ nonce }));
        // And every other security header of the site's, as before.
        for (const { key, value } of securityHeaders()) {
          if (key !== "Content-Security-Policy") expect(response.headers()[key.toLowerCase()], `${where}: ${key}`).toBe(value);
        }
        nonces.push(nonce!);
      }
      expect(nonces[0], "a fresh nonce for each request").not.toBe(nonces[1]);
    });
  }

  test("every script in the inbox's HTML carries that answer's nonce", async ({ request }, info) => {
    const response = await signedIn(request, info, INBOX);
    expect(response.status()).toBe(200);
    const { nonce } = policyAndNonce(response, INBOX);
    const tags = scriptTags(await response.text());
    // Next's own scripts: the framework's files and the inline React Server Components payload.
    expect(tags.length).toBeGreaterThan(1);
    expect(tags.some((tag) => /\ssrc="/.test(tag))).toBe(true);
    expect(tags.some((tag) => !/\ssrc="/.test(tag))).toBe(true);
    for (const tag of tags) expect(tag).toContain(` nonce="${nonce}"`);
  });

  test("an unknown admin address, signed in, gets the 404 page under the same policy", async ({ request }, info) => {
    // Next serves its prerendered 404 page here, whose scripts carry no nonce and so do not run: it needs none
    // (plain HTML and links). Every answer an editor is let through to gets the strict policy, whatever it is.
    const response = await signedIn(request, info, "/admin/no-such-page");
    expect(response.status()).toBe(404);
    const { policy, nonce } = policyAndNonce(response, "/admin/no-such-page");
    expect(policy).toBe(contentSecurityPolicy({ nonce }));
    expect(await response.text()).toContain("<h1>Page not found</h1>");
  });

  test.describe("in a browser", () => {
    test.use({ httpCredentials: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD } });

    test("the inbox runs its scripts under the policy: it hydrates and navigates, with no error or violation", async ({
      page,
    }) => {
      test.setTimeout(LIMITS.load);
      const problems = await watchForProblems(page);
      const response = await page.goto(INBOX);
      expect(response?.status()).toBe(200);
      const policy = (await response!.headerValue("content-security-policy")) ?? "";
      expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(policy).not.toContain("'unsafe-inline'");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feedback from readers");
      await page.waitForLoadState("networkidle");

      // React hydrated the page: its elements carry React's fibres, which only a running script puts there.
      await expect
        .poll(() => page.evaluate(() => Object.keys(document.querySelector("main")!).some((key) => key.startsWith("__reactFiber"))))
        .toBe(true);

      // A page link follows Next's client-side navigation (the same document: the marker survives).
      await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
      await page.getByRole("table").getByRole("link", { name: ROLE.title, exact: true }).click();
      await expect(page).toHaveURL(`/roles/${ROLE.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(ROLE.title);
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      await page.waitForLoadState("networkidle");

      expect(problems).toEqual([]);
    });
  });
});

test.describe("the public pages keep the site's static policy", () => {
  for (const path of ["/", `/roles/${ROLE.slug}`, "/search?q=coder"]) {
    test(`${path}: the page policy, the same on every request, and no nonce in the page`, async ({ request }) => {
      for (const attempt of [1, 2]) {
        const response = await request.get(path);
        const where = `${path} (request ${attempt})`;
        expect(response.status(), where).toBe(200);
        const { policy, nonce } = policyAndNonce(response, where);
        expect(policy, where).toBe(contentSecurityPolicy());
        expect(nonce, where).toBeUndefined();
        expect(scriptTags(await response.text()).filter((tag) => /\snonce=/.test(tag)), where).toEqual([]);
      }
    });
  }

  test("a role page is still prerendered, kept by shared caches", async ({ request }) => {
    const response = await request.get(`/roles/${ROLE.slug}`);
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(response.headers()["cache-control"]).not.toMatch(/private|no-store/);
  });

  test("an admin answer that is not the inbox (the sign-in challenge) keeps the page policy", async ({ request }, info) => {
    const response = await request.get(INBOX, { headers: { "X-Forwarded-For": clientFor(info, "csp") } });
    expect(response.status()).toBe(401);
    const { policy, nonce } = policyAndNonce(response, "the challenge");
    expect(policy).toBe(contentSecurityPolicy());
    expect(nonce).toBeUndefined();
  });
});
