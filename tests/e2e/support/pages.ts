/**
 * The pages the every-page tests visit (tests/e2e/site/every-page.spec.ts): every page in the sitemap, taken from the
 * content by the same function /sitemap.xml serves (lib/site/sitemap.ts), plus pages the sitemap leaves out on purpose.
 * The list is known when the tests are collected, so each page gets tests of its own: a failure names its page,
 * and no time limit covers a list that grows with the guide. open-data.spec.ts checks that the running build's
 * /sitemap.xml lists exactly these pages.
 */
import { sitemapEntries } from "../../../lib/site/sitemap";
import { siteContent } from "./helpers";

export interface PageToCheck {
  path: string;
  /** The HTTP status the page answers with. */
  status: number;
}

/** The sitemap's pages as paths, in its order. */
export const SITEMAP_PATHS: readonly string[] = sitemapEntries(siteContent()).map((entry) => entry.path);

/** Pages outside the sitemap: the 404 page, search in its three states, and compare's two kinds of page. */
export const EXTRA_PAGES: readonly PageToCheck[] = [
  { path: "/no-such-page", status: 404 },
  { path: "/search?q=coder", status: 200 },
  { path: "/search?q=zzzz", status: 200 },
  { path: "/search", status: 200 },
  { path: "/compare?roles=clinical-coder,healthcare-data-analyst", status: 200 },
  { path: "/compare", status: 200 },
];

/** The sitemap's pages, then the extra ones, each once. */
export const PAGES_TO_CHECK: readonly PageToCheck[] = [
  ...SITEMAP_PATHS.map((path) => ({ path, status: 200 })),
  ...EXTRA_PAGES.filter((page) => !SITEMAP_PATHS.includes(page.path)),
];
