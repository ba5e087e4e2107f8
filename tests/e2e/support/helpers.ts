/** The site's content as the e2e tests expect it, taken from the same loader the site uses. */
import path from "node:path";
import { loadContent } from "../../../lib/content/load";

export function siteContent() {
  const result = loadContent(path.join(process.cwd(), "content"), process.cwd());
  if (!result.content) throw new Error("content has problems: run npm run content:check");
  return result.content;
}

export const DEFAULT_SITE_URL = "http://localhost:3000";
