/**
 * The shipped nginx cache (deploy/nginx.conf, run as it ships but for its ports) in front of the end-to-end server.
 * A cached page answers a browser with brotli, a gzip-only client with gzip and a client that asks for no
 * compression with the plain page: each with the origin's headers and, once decompressed, the origin's exact
 * bytes, sent from a compressed copy stored in the cache (so a hit compresses nothing). What must never be stored
 * (the editors' inbox in any spelling, with or without credentials, /search, /compare, the 404, POSTs) is not.
 * Needs nginx and its brotli module: .ci/run installs them; elsewhere the test is skipped when either is missing,
 * with the reason. Requests go through node:http (sendRaw), which, unlike fetch and Playwright's request
 * context, leaves the bytes compressed.
 */
import fs from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import {
  cachedResponses,
  findNginx,
  missingModules,
  nginxArgs,
  nginxSpawnOptions,
  prepareNginx,
  storedEncoding,
  type NginxSetup,
} from "../../../scripts/harness/nginx";
import { start, stop, waitForHttp, type Started } from "../../../scripts/harness/processes";
import { securityHeaders } from "../../../lib/site/security-headers";
import { adminAuthorization } from "../support/admin-credentials";
import { clientFor, sendRaw, type RawResponse } from "../support/clients";
import { siteContent } from "../support/helpers";

const nginx = findNginx();
const UPSTREAM_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The cache; its compressing server block listens on the next port. */
const PORT = UPSTREAM_PORT + 10;
const ORIGIN = `http://127.0.0.1:${UPSTREAM_PORT}`;
const CACHE = `http://127.0.0.1:${PORT}`;
const { roles, industries } = siteContent();
const role = roles[0]!;

test.describe.configure({ mode: "serial" });
const missing = missingModules();
test.skip(!nginx && !process.env.CI, "nginx is not installed (apt-get install nginx-light libnginx-mod-http-brotli-filter)");
test.skip(missing.length > 0 && !process.env.CI, `nginx's brotli module is not installed (apt-get install libnginx-mod-http-brotli-filter): ${missing.join(", ")}`);

let setup: NginxSetup;
let server: Started;
let api: APIRequestContext;

test.beforeAll(async () => {
  if (!nginx) throw new Error("CI must run the nginx cache test: nginx is not installed");
  if (missing.length > 0) throw new Error(`CI must run the nginx cache test: missing ${missing.join(", ")}`);
  setup = prepareNginx({ port: PORT, upstreamPort: UPSTREAM_PORT });
  server = start("nginx", nginx, nginxArgs(setup), nginxSpawnOptions());
  await waitForHttp(`${CACHE}/robots.txt`, server);
  api = await playwrightRequest.newContext({ baseURL: CACHE });
});

test.afterAll(async () => {
  await api?.dispose();
  if (server) await stop(server);
  if (setup) fs.rmSync(setup.prefix, { recursive: true, force: true });
});

/** What each kind of client asks for and gets. */
const CLIENTS = [
  { name: "a browser", acceptEncoding: "gzip, deflate, br, zstd", encoding: "br", decode: brotliDecompressSync },
  { name: "a gzip-only client", acceptEncoding: "gzip", encoding: "gzip", decode: gunzipSync },
  { name: "a client asking for no compression", acceptEncoding: undefined, encoding: undefined, decode: (bytes: Buffer) => bytes },
] as const;

const headersFor = (acceptEncoding: string | undefined): Record<string, string> =>
  acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };

/** Sends a request twice through the cache (the first may be a miss) and returns the second answer. */
async function cached(address: string, headers: Record<string, string>): Promise<RawResponse> {
  await sendRaw(CACHE, { path: address, headers });
  return sendRaw(CACHE, { path: address, headers });
}

/** Headers whose values a hit must repeat from the origin. */
const ORIGIN_HEADERS = [...securityHeaders().map(({ key }) => key.toLowerCase()), "cache-control", "content-type"];

/** The first script of the home page, so the test follows whatever the build named it. */
async function firstScript(): Promise<string> {
  const html = (await sendRaw(ORIGIN, { path: "/" })).body;
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error("the home page loads no script from /_next/static");
  return src;
}

const CACHEABLE: { name: string; address: () => Promise<string> | string }[] = [
  { name: "a role page", address: () => `/roles/${role.slug}` },
  { name: "an industry page", address: () => `/industries/${industries[0]!.slug}` },
  { name: "the open data", address: () => "/api/roles.json" },
  { name: "a script under /_next/static", address: firstScript },
];

for (const client of CLIENTS) {
  for (const { name, address: addressOf } of CACHEABLE) {
    test(`${name}, cached, for ${client.name}: the origin's headers and, decoded, its exact bytes`, async () => {
      const address = await addressOf();
      const origin = await sendRaw(ORIGIN, { path: address });
      expect(origin.status).toBe(200);
      expect(origin.headers["content-encoding"]).toBeUndefined();

      const hit = await cached(address, headersFor(client.acceptEncoding));
      expect(hit.status).toBe(200);
      expect(hit.headers["x-cache-status"]).toBe("HIT");
      expect(hit.headers["content-encoding"]).toBe(client.encoding);
      expect(client.decode(hit.bytes).equals(origin.bytes), "decoded bytes equal the origin's").toBe(true);
      if (client.encoding) expect(hit.bytes.length).toBeLessThan(origin.bytes.length);
      if (hit.headers["content-length"] !== undefined) expect(Number(hit.headers["content-length"])).toBe(hit.bytes.length);

      for (const header of ORIGIN_HEADERS) {
        expect(origin.headers[header], `the origin sends ${header}`).toBeTruthy();
        expect(hit.headers[header], header).toBe(origin.headers[header]);
      }
      expect(hit.headers.vary?.toLowerCase()).toContain("accept-encoding");
      // The same validator (weak once compressed: the bytes differ, the content does not).
      expect([origin.headers.etag, `W/${origin.headers.etag}`]).toContain(hit.headers.etag);
    });
  }

  test(`the cache holds the role page compressed for ${client.name}, and a hit sends those bytes as stored`, async () => {
    const address = `/roles/${role.slug}`;
    const origin = await sendRaw(ORIGIN, { path: address });
    const hit = await cached(address, headersFor(client.acceptEncoding));
    expect(hit.headers["x-cache-status"]).toBe("HIT");
    const stored = cachedResponses(setup).filter(({ key }) => key.includes(address) && key.endsWith(`|${client.encoding ?? ""}`));
    expect(stored).toHaveLength(1);
    const [file] = stored;
    expect(storedEncoding(file!)).toBe(client.encoding);
    expect(client.decode(file!.body).equals(origin.bytes)).toBe(true);
    expect(hit.bytes.equals(file!.body), "the hit is the stored copy, byte for byte").toBe(true);
  });

  test(`HEAD and a conditional GET of a cached role page, for ${client.name}`, async () => {
    const address = `/roles/${role.slug}`;
    const headers = headersFor(client.acceptEncoding);
    const hit = await cached(address, headers);
    const head = await sendRaw(CACHE, { path: address, method: "HEAD", headers });
    expect(head.status).toBe(200);
    expect(head.headers["x-cache-status"]).toBe("HIT");
    expect(head.headers["content-encoding"]).toBe(client.encoding);
    expect(head.bytes.length).toBe(0);
    const notModified = await sendRaw(CACHE, { path: address, headers: { ...headers, "If-None-Match": hit.headers.etag! } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers["x-cache-status"]).toBe("HIT");
    expect(notModified.bytes.length).toBe(0);
  });
}

test("a client that refuses brotli (br;q=0) gets gzip, and one that refuses both gets the plain page", async () => {
  const address = `/roles/${role.slug}`;
  expect((await cached(address, { "Accept-Encoding": "br;q=0, gzip" })).headers["content-encoding"]).toBe("gzip");
  expect((await cached(address, { "Accept-Encoding": "BR" })).headers["content-encoding"]).toBe("br");
  const plain = await cached(address, { "Accept-Encoding": "gzip;q=0, br;q=0.0, identity" });
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.headers["x-cache-status"]).toBe("HIT");
});

test("a React Server Components request is cached apart from the page, and compressed", async () => {
  const address = `/roles/${role.slug}`;
  // Next answers an RSC request without its `_rsc` hash with a redirect to the address that has it.
  const redirect = await sendRaw(CACHE, { path: address, headers: { RSC: "1" } });
  expect(redirect.status).toBe(307);
  const rscAddress = redirect.headers.location!;
  expect(rscAddress).toContain("_rsc");
  const headers = { RSC: "1", "Accept-Encoding": "gzip, deflate, br, zstd" };
  const hit = await cached(rscAddress, headers);
  expect(hit.headers["x-cache-status"]).toBe("HIT");
  expect(hit.headers["content-type"]).toBe("text/x-component");
  expect(hit.headers["content-encoding"]).toBe("br");
  const origin = await sendRaw(ORIGIN, { path: rscAddress, headers: { RSC: "1" } });
  expect(brotliDecompressSync(hit.bytes).equals(origin.bytes)).toBe(true);
  const page = await cached(address, { "Accept-Encoding": "gzip, deflate, br, zstd" });
  expect(page.headers["content-type"]).toMatch(/^text\/html/);
});

const NEVER_STORED = ["/search?q=coder", `/compare?roles=${roles[0]!.slug},${roles[1]!.slug}`, "/no-such-page"];

for (const address of NEVER_STORED) {
  test(`${address}: never stored, and still compressed (per request)`, async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await sendRaw(CACHE, { path: address, headers: { "Accept-Encoding": "gzip, deflate, br, zstd" } });
      expect(response.headers["x-cache-status"]).not.toBe("HIT");
      expect(response.headers["content-encoding"]).toBe("br");
      expect(brotliDecompressSync(response.bytes).toString("utf8")).toContain("</html>");
    }
    const pathname = address.split("?")[0]!;
    expect(cachedResponses(setup).filter(({ key }) => key.includes(pathname))).toEqual([]);
  });
}

test("a POST is never answered from the cache nor stored", async ({}, info) => {
  const address = `/roles/${role.slug}`;
  await cached(address, {});
  const headers = { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": clientFor(info) };
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await sendRaw(CACHE, { path: address, method: "POST", headers, body: "x=1" });
    expect(response.headers["x-cache-status"] ?? "none").toBe("none");
  }
  const feedback = await sendRaw(CACHE, { path: "/feedback", method: "POST", headers, body: "" });
  expect(feedback.headers["x-cache-status"] ?? "none").toBe("none");
  expect(cachedResponses(setup).filter(({ key }) => key.includes("/feedback"))).toEqual([]);
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
  const files = cachedResponses(setup);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(file.key).not.toMatch(/admin/i);
    // Stored copies may be compressed: read them as the client would.
    const encoding = storedEncoding(file);
    const { body } = file;
    const text = (encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body).toString("utf8");
    expect(text).not.toContain("Feedback from readers");
  }
});

test("the access log keeps no IP address and no query string (what a reader searched for)", async () => {
  await sendRaw(CACHE, { path: "/search?q=my+own+words", headers: { "X-Forwarded-For": "203.0.113.9" } });
  const log = fs.readFileSync(path.join(setup.prefix, "logs", "access.log"), "utf8");
  const lines = log.split("\n").filter(Boolean);
  expect(lines.some((line) => line.includes('"GET /search"'))).toBe(true);
  expect(lines.some((line) => line.includes(`"GET /roles/${role.slug}"`) && / (HIT|MISS)$/.test(line))).toBe(true);
  for (const line of lines) {
    expect(line).not.toMatch(/127\.0\.0\.1|203\.0\.113\.9|\?|own\+words|Mozilla|Playwright/);
  }
});
