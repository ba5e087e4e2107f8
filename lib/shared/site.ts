/** Site-wide settings. SITE_URL is read when the site is built, since every page is prerendered. */
export const SITE_NAME = "Careers Guide";
export const SITE_DESCRIPTION =
  "Plain-English profiles of careers: what the work involves, where you could work, the skills and qualifications it asks for, and how people get into it.";

export const DEFAULT_SITE_URL = "http://localhost:3000";

/** The site's public address, from SITE_URL, without a trailing slash. */
export function getSiteUrl(env: Record<string, string | undefined> = process.env): URL {
  const value = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: expected an absolute http(s) address such as https://careers.example.org, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL: expected an http or https address, got "${value}"`);
  }
  return url;
}
