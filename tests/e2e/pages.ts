/**
 * The pages the accessibility and keyboard tests visit: every URL in the running build's /sitemap.xml (so a new
 * page is covered as soon as it is in the sitemap), plus pages the sitemap leaves out on purpose.
 */
import { expect, type APIRequestContext } from "@playwright/test";

export interface PageToCheck {
  path: string;
  /** The HTTP status the page answers with. */
  status: number;
}

/** Pages outside the sitemap: the 404 page, search in its three states, and compare's two kinds of page. */
export const EXTRA_PAGES: readonly PageToCheck[] = [
  { path: "/no-such-page", status: 404 },
  { path: "/search?q=coder", status: 200 },
  { path: "/search?q=zzzz", status: 200 },
  { path: "/search", status: 200 },
  { path: "/compare?roles=clinical-coder,healthcare-data-analyst", status: 200 },
  { path: "/compare", status: 200 },
  { path: "/accessibility", status: 200 },
];

/** The sitemap's URLs as paths on the server under test (the sitemap names them on SITE_URL). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status(), "/sitemap.xml").toBe(200);
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1]!);
    return url.pathname + url.search;
  });
  expect(paths.length, "URLs in /sitemap.xml").toBeGreaterThan(0);
  return paths;
}

/** The sitemap's pages, then the extra ones, each once. */
export async function pagesToCheck(request: APIRequestContext): Promise<PageToCheck[]> {
  const fromSitemap = (await sitemapPaths(request)).map((path) => ({ path, status: 200 }));
  const seen = new Set(fromSitemap.map((page) => page.path));
  return [...fromSitemap, ...EXTRA_PAGES.filter((page) => !seen.has(page.path))];
}
