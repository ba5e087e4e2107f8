/**
 * `npm run urls:record`: adds every page the content now publishes to content/published-urls.txt.
 * It never removes an address: a published address must keep working, through a redirect if the page moves.
 */
import path from "node:path";
import { PUBLISHED_URLS_FILE } from "./load";
import { contentDir } from "./paths";
import { recordPublishedUrls } from "./published";

const dir = contentDir();
const { added, total } = recordPublishedUrls(dir, path.join(dir, PUBLISHED_URLS_FILE));
console.log(
  added.length > 0
    ? `Recorded ${added.length} new address${added.length === 1 ? "" : "es"} (${total} in all): ${added.join(", ")}`
    : `Nothing new to record (${total} addresses).`,
);
