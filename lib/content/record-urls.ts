/**
 * `npm run urls:record`: adds every page the content now publishes to content/published-urls.txt.
 * It never removes an address: a published address must keep working, through a redirect if the page moves.
 */
import path from "node:path";
import { recordPublishedUrls } from "./published";

const file = path.join(process.cwd(), "content", "published-urls.txt");
const { added, total } = recordPublishedUrls(path.join(process.cwd(), "content"), file);
console.log(
  added.length > 0
    ? `Recorded ${added.length} new address${added.length === 1 ? "" : "es"} (${total} in all): ${added.join(", ")}`
    : `Nothing new to record (${total} addresses).`,
);
