/**
 * The editors' pages are off unless ADMIN_USERNAME and ADMIN_PASSWORD_HASH are set: against a production
 * server started without them (the renamed-content server of playwright.config.ts), every admin path and every
 * way of writing one answers 404, with or without credentials, as if there were no such pages. No sign-in
 * prompt (WWW-Authenticate) is offered. tests/e2e/admin/admin-access.spec.ts covers the server with them on.
 *
 * Paths are sent with Node's http client and a raw path, so that nothing normalises them on the way.
 */
import { expect, test } from "@playwright/test";
import { adminAuthorization } from "../support/admin-credentials";
import { sendRaw } from "../support/clients";

interface Trick {
  path: string;
  /** Next answers `//`, `\` and a trailing `/` with a 308 to the plain path before anything else runs. */
  redirectsTo?: string;
}

/** The same ways of writing an admin path as in admin-access.spec.ts. */
const TRICKS: Trick[] = [
  { path: "/admin" },
  { path: "/admin/feedback" },
  { path: "/admin/feedback.csv" },
  { path: "/ADMIN/feedback" },
  { path: "/Admin/Feedback" },
  { path: "/admin//feedback", redirectsTo: "/admin/feedback" },
  { path: "//admin/feedback", redirectsTo: "/admin/feedback" },
  { path: "/admin\\feedback", redirectsTo: "/admin/feedback" },
  { path: "/admin/%66eedback" },
  { path: "/%61dmin/feedback" },
  { path: "/%2561dmin/feedback" },
  { path: "/admin%2Ffeedback" },
  { path: "/admin/feedback/", redirectsTo: "/admin/feedback" },
  { path: "/admin/feedback;" },
  { path: "/admin;x=1/feedback" },
  { path: "/admin/./feedback" },
  { path: "/roles/../admin/feedback" },
  { path: "/roles/%2e%2e/admin/feedback" },
  { path: "/admin/%ff" },
  { path: "/admin/feedback.rsc" },
];
const METHODS = ["GET", "HEAD", "POST"] as const;

/** A request as written, with a small body for POST. */
const send = (baseURL: string, path: string, method: string, headers: Record<string, string>) =>
  sendRaw(baseURL, { path, method, headers, body: method === "POST" ? "x=1" : undefined });



test.describe.configure({ mode: "parallel" });

for (const [credentials, headers] of [
  ["without credentials", {}],
  ["with the test credentials", { Authorization: adminAuthorization() }],
] as const) {
  test.describe(`admin pages off, ${credentials}`, () => {
    for (const method of METHODS) {
      test(`${method}: every admin path answers 404, private and not indexed`, async ({ baseURL }) => {
        for (const trick of TRICKS) {
          const where = `${method} ${trick.path} ${credentials}`;
          let response = await send(baseURL!, trick.path, method, headers);
          if (trick.redirectsTo) {
            expect(response.status, where).toBe(308);
            expect(response.headers.location, where).toBe(trick.redirectsTo);
            response = await send(baseURL!, trick.redirectsTo, method, headers);
          }
          expect(response.status, where).toBe(404);
          expect(response.headers["www-authenticate"], where).toBeUndefined();
          // Next's 404 page sets "private, no-cache, no-store, max-age=0, must-revalidate".
          expect(response.headers["cache-control"], where).toMatch(/^private,(.*\s)?no-store\b/);
          expect(response.headers["x-robots-tag"], where).toBe("noindex, nofollow");
          expect(response.headers["content-security-policy"], where).toContain("default-src 'self'");
          // The site's 404 page (the .rsc form gets it as a React Server Components payload, not HTML).
          if (method !== "HEAD" && !trick.path.endsWith(".rsc")) expect(response.body, where).toMatch(/<h1[^>]*>Page not found<\/h1>/);
          expect(response.body, where).not.toContain("Feedback from readers");
        }
      });
    }
  });
}
