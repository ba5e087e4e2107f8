import fs from "node:fs";
import path from "node:path";

const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_next\/static\/[^"?#]+\.css)"/g;

const cache = new Map<string, string[]>();

/** Where Next keeps the HTML it prerendered for a page: `/roles/clinical-coder` → `<distDir>/server/app/roles/clinical-coder.html`. */
export function prerenderedHtmlFile(
  pagePath: string,
  root = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): string {
  return path.join(root, env.NEXT_DIST_DIR || ".next", "server", "app", `${pagePath.replace(/^\/+/, "")}.html`);
}

/**
 * The stylesheets a prerendered page links: the site's global CSS and its components' CSS modules, the problem
 * form's among them (the page has the form). The pages POST /feedback sends itself (the no-JavaScript error
 * pages) link the same files, so they look like the page the reader came from with no stylesheet of their own;
 * the content security policy allows them (`style-src 'self'`). Read once per process; none when the file is not
 * there (the development server prerenders nothing), and the page is then plain HTML.
 */
export function prerenderedStylesheets(htmlFile: string): string[] {
  const known = cache.get(htmlFile);
  if (known) return known;
  let found: string[] = [];
  try {
    const html = fs.readFileSync(htmlFile, "utf8");
    found = [...new Set(Array.from(html.matchAll(STYLESHEET_LINK), (match) => match[1]!))];
  } catch {
    found = [];
  }
  cache.set(htmlFile, found);
  return found;
}
