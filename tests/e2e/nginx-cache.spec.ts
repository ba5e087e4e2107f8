/**
 * The shipped nginx cache (deploy/nginx.conf, run as it ships but for its ports) in front of the end-to-end server
 * never stores the editors' inbox, with or without credentials, in any spelling of its address, while it does
 * cache a role page (so the test would see a cache that worked). Needs nginx: .ci/run installs it; elsewhere the
 * test is skipped when nginx is missing, with the reason.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { nginxArgs, prepareNginx, type NginxSetup } from "../../bench/nginx";
import { findNginx, nginxSpawnOptions, start, stop, waitForHttp, type Started } from "../../bench/processes";
import { adminAuthorization } from "./admin-credentials";
import { siteContent } from "./helpers";

const nginx = findNginx();
const UPSTREAM_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = UPSTREAM_PORT + 10;
const role = siteContent().roles[0]!;

test.describe.configure({ mode: "serial" });
test.skip(!nginx && !process.env.CI, "nginx is not installed (apt-get install nginx-light)");

let setup: NginxSetup;
let server: Started;
let api: APIRequestContext;

test.beforeAll(async () => {
  if (!nginx) throw new Error("CI must run the nginx cache test: nginx is not installed");
  setup = prepareNginx({ port: PORT, upstreamPort: UPSTREAM_PORT });
  server = start("nginx", nginx, nginxArgs(setup), nginxSpawnOptions());
  await waitForHttp(`http://127.0.0.1:${PORT}/robots.txt`, server);
  api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
});

test.afterAll(async () => {
  await api?.dispose();
  if (server) await stop(server);
  if (setup) fs.rmSync(setup.prefix, { recursive: true, force: true });
});

/** Every file in nginx's cache folder, read as text. */
function cachedFiles(): string[] {
  const dir = path.join(setup.prefix, "cache");
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => fs.readFileSync(file, "latin1"));
}

test("a role page is cached (the cache works in this test)", async () => {
  await api.get(`/roles/${role.slug}`);
  const second = await api.get(`/roles/${role.slug}`);
  expect(second.headers()["x-cache-status"]).toBe("HIT");
});

const ADDRESSES = ["/admin/feedback", "/admin/feedback.csv", "/ADMIN/feedback", "/admin//feedback", "/%61dmin/feedback", "/admin/feedback/"];

for (const address of ADDRESSES) {
  test(`${address}: never stored, with or without the password`, async () => {
    const signedIn: Record<string, string> = { Authorization: adminAuthorization() };
    for (const headers of [{}, signedIn, {}, signedIn]) {
      const response = await api.get(address, { headers, maxRedirects: 0 });
      expect(response.headers()["x-cache-status"] ?? "none", `${address} ${JSON.stringify(Object.keys(headers))}`).not.toBe("HIT");
      expect(response.headers()["cache-control"]).toBe("private, no-store");
      expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    }
  });
}

test("nothing of the inbox is in nginx's cache folder afterwards", async () => {
  const files = cachedFiles();
  expect(files.length).toBeGreaterThan(0);
  for (const text of files) {
    expect(text).not.toContain("Feedback from readers");
    expect(text).not.toMatch(/KEY: [^\n]*admin/i);
  }
});
