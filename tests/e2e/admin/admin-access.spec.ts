/**
 * Who gets into the editors' pages under /admin, against the production build with the admin pages on
 * (playwright.config.ts starts the main server with ADMIN_USERNAME and ADMIN_PASSWORD_HASH from
 * admin-credentials.ts). proxy.ts and lib/admin/auth.ts decide; tests/e2e/admin/admin-off.spec.ts covers a server
 * with them off.
 *
 * The path tricks are sent with Node's http client and a raw path, because URL parsers (Playwright's and the
 * browser's) would normalise the very things being tested: backslashes, `.` and `..`. The server trusts
 * X-Forwarded-For from 127.0.0.1, so each test is a client of its own and one test's failed sign-ins never
 * block another's.
 */
import { expect, test, type APIResponse } from "@playwright/test";
import { ADMIN_PASSWORD, ADMIN_USERNAME, adminAuthorization } from "../support/admin-credentials";
import { clientFor, sendRaw } from "../support/clients";

const INBOX = "/admin/feedback";
const INBOX_HEADING = "Feedback from readers";
const CHALLENGE = /^Basic realm="Careers Guide editors", charset="UTF-8"$/;
/** Sign-in failures a client may have before it gets 429 (lib/admin/auth.ts FAILURE_LIMIT). */
const FAILURE_LIMIT = 10;

interface Trick {
  name: string;
  path: string;
  /**
   * Next itself answers a path with `//` or `\`, and one ending in `/`, with a 308 to the path written plainly,
   * before any headers, redirects or proxy run. That path then gets the answer below.
   */
  redirectsTo?: string;
}

/** Ways of writing an admin path. Without the editors' credentials none of them may show the inbox. */
const TRICKS: Trick[] = [
  { name: "the inbox", path: "/admin/feedback" },
  { name: "upper case", path: "/ADMIN/feedback" },
  { name: "mixed case", path: "/Admin/Feedback" },
  { name: "a repeated slash", path: "/admin//feedback", redirectsTo: "/admin/feedback" },
  { name: "a doubled leading slash", path: "//admin/feedback", redirectsTo: "/admin/feedback" },
  { name: "a backslash", path: "/admin\\feedback", redirectsTo: "/admin/feedback" },
  { name: "an encoded letter in the page's name", path: "/admin/%66eedback" },
  { name: "an encoded letter in admin", path: "/%61dmin/feedback" },
  { name: "a twice-encoded letter", path: "/%2561dmin/feedback" },
  { name: "an encoded slash", path: "/admin%2Ffeedback" },
  { name: "an encoded backslash", path: "/admin%5Cfeedback" },
  { name: "a trailing slash", path: "/admin/feedback/", redirectsTo: "/admin/feedback" },
  { name: "a trailing semicolon", path: "/admin/feedback;" },
  { name: "a path parameter on admin", path: "/admin;x=1/feedback" },
  { name: "a trailing dot", path: "/admin/feedback." },
  { name: "a dot segment", path: "/admin/./feedback" },
  { name: "a parent segment", path: "/roles/../admin/feedback" },
  { name: "an encoded parent segment", path: "/roles/%2e%2e/admin/feedback" },
  { name: "an encoded NUL", path: "/admin/feedback%00" },
  { name: "a malformed escape", path: "/admin/%ff" },
  { name: "the RSC form", path: "/admin/feedback.rsc" },
  { name: "a query", path: "/admin/feedback?page=/roles/clinical-coder" },
  { name: "the CSV", path: "/admin/feedback.csv" },
  { name: "/admin", path: "/admin" },
];
const METHODS = ["GET", "HEAD", "POST"] as const;

/** A request as written, with a small body for POST. */
const send = (baseURL: string, path: string, method: string, headers: Record<string, string>) =>
  sendRaw(baseURL, { path, method, headers, body: method === "POST" ? "x=1" : undefined });



/** What every answer to an admin path carries: private, never indexed, and the site's security headers. */
function expectAdminHeaders(headers: Record<string, string | string[] | undefined>, where: string) {
  expect(headers["cache-control"], where).toBe("private, no-store");
  expect(headers["x-robots-tag"], where).toBe("noindex, nofollow");
  expect(headers["content-security-policy"], where).toContain("default-src 'self'");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
}

function expectChallenge(response: { status: number; headers: Record<string, string | string[] | undefined>; body: string }, where: string) {
  expect(response.status, where).toBe(401);
  expect(response.headers["www-authenticate"], where).toMatch(CHALLENGE);
  expectAdminHeaders(response.headers, where);
  expect(response.body, where).not.toContain(INBOX_HEADING);
}

const asRaw = async (response: APIResponse) => ({ status: response.status(), headers: response.headers(), body: await response.text() });

test.describe.configure({ mode: "parallel" });

test.describe("without credentials, no way of writing the address reaches the inbox", () => {
  for (const trick of TRICKS) {
    for (const method of METHODS) {
      test(`${method} ${trick.name} (${trick.path})`, async ({ baseURL }, info) => {
        const headers = { "X-Forwarded-For": clientFor(info) };
        const where = `${method} ${trick.path}`;
        let response = await send(baseURL!, trick.path, method, headers);
        expect(response.status, where).not.toBe(200);
        expect(response.body, where).not.toContain(INBOX_HEADING);
        if (trick.redirectsTo) {
          expect(response.status, where).toBe(308);
          expect(response.headers.location, where).toBe(trick.redirectsTo);
          response = await send(baseURL!, trick.redirectsTo, method, headers);
        }
        expectChallenge(response, where);
      });
    }
  }
});

test.describe("wrong or malformed credentials", () => {
  const cases: [string, string][] = [
    ["a wrong password", adminAuthorization(ADMIN_USERNAME, `${ADMIN_PASSWORD}!`)],
    ["a wrong user", adminAuthorization("admin", ADMIN_PASSWORD)],
    ["the user name in another case", adminAuthorization(ADMIN_USERNAME.toUpperCase(), ADMIN_PASSWORD)],
    ["an empty user and password", adminAuthorization("", "")],
    ["the scheme alone", "Basic"],
    ["not base64", "Basic !!!"],
    ["another scheme", "Bearer x"],
    ["base64 without a colon", `Basic ${Buffer.from(`${ADMIN_USERNAME}${ADMIN_PASSWORD}`).toString("base64")}`],
    ["not UTF-8", `Basic ${Buffer.from([0x65, 0x3a, 0xff, 0xfe]).toString("base64")}`],
  ];
  for (const [name, authorization] of cases) {
    test(`${name}: 401 with the challenge`, async ({ request }, info) => {
      const response = await request.get(INBOX, {
        headers: { Authorization: authorization, "X-Forwarded-For": clientFor(info) },
        maxRedirects: 0,
      });
      expectChallenge(await asRaw(response), name);
    });
  }
});

test.describe("the editors' credentials", () => {
  test("open the inbox, private and not indexed", async ({ request }, info) => {
    const response = await request.get(INBOX, {
      headers: { Authorization: adminAuthorization(), "X-Forwarded-For": clientFor(info) },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(200);
    expectAdminHeaders(response.headers(), INBOX);
    expect(await response.text()).toMatch(new RegExp(`<h1[^>]*>${INBOX_HEADING}</h1>`));
  });

  test("open the CSV, private and not indexed", async ({ request }, info) => {
    const response = await request.get("/admin/feedback.csv", {
      headers: { Authorization: adminAuthorization(), "X-Forwarded-For": clientFor(info) },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expectAdminHeaders(response.headers(), "/admin/feedback.csv");
  });

  test("work from a browser's sign-in prompt", async ({ browser, baseURL }, info) => {
    const context = await browser.newContext({
      baseURL,
      httpCredentials: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD },
      extraHTTPHeaders: { "X-Forwarded-For": clientFor(info) },
    });
    const page = await context.newPage();
    const response = await page.goto(INBOX);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(INBOX_HEADING);
    await context.close();
  });

  test("reach the inbox only at the addresses Next serves it at; every answer stays private", async ({ baseURL }, info) => {
    const headers = { Authorization: adminAuthorization(), "X-Forwarded-For": clientFor(info) };
    for (const trick of TRICKS) {
      const response = await send(baseURL!, trick.path, "GET", headers);
      const where = `GET ${trick.path} with credentials`;
      if (trick.redirectsTo) {
        expect(response.status, where).toBe(308);
        continue;
      }
      expect([200, 404], where).toContain(response.status);
      // Next's own 404 page sets its Cache-Control ("private, no-cache, no-store, max-age=0, must-revalidate").
      expect(response.headers["cache-control"], where).toMatch(/^private,(.*\s)?no-store\b/);
      expect(response.headers["x-robots-tag"], where).toBe("noindex, nofollow");
      expect(response.headers["content-security-policy"], where).toContain("default-src 'self'");
    }
  });
});

test.describe("repeated failures", () => {
  test(`after ${FAILURE_LIMIT} failed sign-ins a client gets 429 with Retry-After; another client does not`, async ({ request }, info) => {
    const client = clientFor(info);
    const wrong = adminAuthorization(ADMIN_USERNAME, "guess");
    for (let attempt = 1; attempt <= FAILURE_LIMIT; attempt++) {
      const response = await request.get(INBOX, { headers: { Authorization: wrong, "X-Forwarded-For": client }, maxRedirects: 0 });
      expect(response.status(), `attempt ${attempt}`).toBe(401);
    }
    const blocked = await request.get(INBOX, { headers: { Authorization: wrong, "X-Forwarded-For": client }, maxRedirects: 0 });
    expect(blocked.status()).toBe(429);
    const retryAfter = Number(blocked.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expectAdminHeaders(blocked.headers(), "429");
    expect(await blocked.text()).not.toContain(INBOX_HEADING);

    // Blocked means blocked, even with the right password.
    const right = await request.get(INBOX, {
      headers: { Authorization: adminAuthorization(), "X-Forwarded-For": client },
      maxRedirects: 0,
    });
    expect(right.status()).toBe(429);

    const other = clientFor(info, "other");
    const otherWrong = await request.get(INBOX, { headers: { Authorization: wrong, "X-Forwarded-For": other }, maxRedirects: 0 });
    expect(otherWrong.status()).toBe(401);
    const otherRight = await request.get(INBOX, {
      headers: { Authorization: adminAuthorization(), "X-Forwarded-For": other },
      maxRedirects: 0,
    });
    expect(otherRight.status()).toBe(200);
  });

  test("requests without credentials are not failures: a browser's first request never locks an editor out", async ({ request }, info) => {
    const client = clientFor(info);
    for (let attempt = 1; attempt <= FAILURE_LIMIT + 5; attempt++) {
      const response = await request.get(INBOX, { headers: { "X-Forwarded-For": client }, maxRedirects: 0 });
      expect(response.status(), `attempt ${attempt}`).toBe(401);
    }
    const right = await request.get(INBOX, {
      headers: { Authorization: adminAuthorization(), "X-Forwarded-For": client },
      maxRedirects: 0,
    });
    expect(right.status()).toBe(200);
  });
});

test.describe("crawlers", () => {
  test("/sitemap.xml does not list the admin pages", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(xml).toContain("<loc>");
    expect(xml).not.toMatch(/\/admin/i);
  });

  test("/robots.txt disallows /admin", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/^Disallow: \/admin$/m);
  });
});
