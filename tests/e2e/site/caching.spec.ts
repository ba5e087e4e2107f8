import { expect, test, type APIRequestContext } from "@playwright/test";
import { siteContent } from "../support/helpers";

/*
 * What a CDN or the shipped nginx cache (deploy/nginx.conf) may keep, as the server says in Cache-Control.
 * Prerendered pages and files are the same for everyone until the next deploy: shared caches may keep them
 * (`s-maxage`), and a deploy empties those caches. /search and /compare are rendered per request from the
 * address; no cache keeps them (the cost of rendering them is small, and the space of queries is unbounded, so
 * a cache would fill with one-off entries). The 404 is not kept either, so a page added later is found at once.
 * Next sends the files it generates for metadata (sitemap, robots.txt, link-preview images) with `max-age=0`:
 * caches check them with the server each time (they are prerendered, so that is cheap).
 */

const { industries, roles } = siteContent();
const industry = industries[0]!;
const role = roles[0]!;
const ONE_DAY = 24 * 60 * 60;

function directives(header: string | undefined): Map<string, string | true> {
  return new Map(
    (header ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [key = "", value] = part.split("=");
        return [key.toLowerCase(), value ?? true] as const;
      }),
  );
}

async function cacheControl(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(status);
  return directives(response.headers()["cache-control"]);
}

const prerendered = [
  "/",
  "/industries",
  "/roles",
  `/roles/a-z/${role.title[0]!.toLowerCase()}`,
  `/industries/${industry.slug}`,
  `/roles/${role.slug}`,
  "/api/roles.json",
  `/api/roles/${role.slug}.json`,
  "/updates",
  "/updates.atom",
  `/roles/${role.slug}/updates.atom`,
  `/industries/${industry.slug}/updates.atom`,
];

for (const path of prerendered) {
  test(`${path} is prerendered and may be kept by shared caches until the next deploy`, async ({ request }) => {
    const cache = await cacheControl(request, path);
    expect(Number(cache.get("s-maxage")), [...cache].join(", ")).toBeGreaterThanOrEqual(ONE_DAY);
    expect(cache.has("private")).toBe(false);
    expect(cache.has("no-store")).toBe(false);
    expect(cache.has("no-cache")).toBe(false);
  });
}

for (const path of ["/search?q=coder", "/search", `/compare?roles=${roles[0]!.slug},${roles[1]!.slug}`, "/compare"]) {
  test(`${path} is rendered per request and kept by no cache`, async ({ request }) => {
    const cache = await cacheControl(request, path);
    expect(cache.has("no-store")).toBe(true);
    expect(cache.has("private")).toBe(true);
    expect(cache.has("s-maxage")).toBe(false);
  });
}

for (const path of ["/sitemap.xml", "/robots.txt", `/roles/${role.slug}/opengraph-image`]) {
  test(`${path} (a metadata file Next generates at build time) is checked with the server on each use`, async ({
    request,
  }) => {
    const cache = await cacheControl(request, path);
    expect(cache.get("max-age")).toBe("0");
    expect(cache.has("must-revalidate")).toBe(true);
    expect(cache.has("private")).toBe(false);
  });
}

test("the 404 page is kept by no cache, so a page added later is found at once", async ({ request }) => {
  const cache = await cacheControl(request, "/no-such-page", 404);
  expect(cache.has("no-store")).toBe(true);
});

test("scripts and stylesheets under /_next/static may be kept for a year, unchanged", async ({ request }) => {
  const html = await (await request.get(`/roles/${role.slug}`)).text();
  const files = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  expect(files.length).toBeGreaterThan(1);
  for (const file of new Set(files)) {
    const cache = await cacheControl(request, file);
    expect(cache.get("max-age"), file).toBe("31536000");
    expect(cache.has("immutable"), file).toBe(true);
    expect(cache.has("public"), file).toBe(true);
  }
});

test("no response sets a cookie: the server keeps no session, so any copy of it can answer any request", async ({
  request,
}) => {
  for (const path of [...prerendered, "/search?q=coder", "/compare", "/no-such-page"]) {
    const response = await request.get(path);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
});
