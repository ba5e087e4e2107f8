/**
 * The checks made before and after the load tests: for each kind of client, a miss then a hit in the encoding it
 * asked for, decoding to Next's bytes; Next's headers kept; one stored copy per encoding; /search never cached.
 */
import { securityHeaders } from "../../../lib/site/security-headers";
import { cachedResponses, storedEncoding } from "../../../scripts/harness/nginx";
import { kb } from "../../common";
import { decoded, get } from "../../http";
import type { ServingServers } from "./servers";
import { CLIENT_KINDS, CLIENTS, requestHeaders } from "./targets";

const yes = (ok: boolean) => (ok ? "yes" : "**no**");

export async function checkCache({ urls }: ServingServers): Promise<string[]> {
  const checks: string[] = [];
  // The bare nginx sends its precompressed copy of the same bytes.
  const direct = await get(urls.next);
  for (const client of CLIENT_KINDS) {
    const headers = requestHeaders(client);
    const first = await get(urls.cache, headers);
    const second = await get(urls.cache, headers);
    const bare = await get(urls.bare, headers);
    checks.push(
      `role page through the cache for a ${CLIENTS[client].label} client: first ${first.headers["x-cache-status"]}, then ${second.headers["x-cache-status"]}, ` +
        `Content-Encoding ${second.headers["content-encoding"] ?? "none"}, ${kb(second.bytes.length)}; decoded, the same bytes as Next's: ${yes(decoded(second).equals(direct.bytes))}; ` +
        `the bare nginx: Content-Encoding ${bare.headers["content-encoding"] ?? "none"}, ${kb(bare.bytes.length)}, the same bytes decoded: ${yes(decoded(bare).equals(direct.bytes))}`,
    );
  }
  const hit = await get(urls.cache, requestHeaders("browser"));
  const kept = ["cache-control", "content-type", ...securityHeaders().map(({ key }) => key.toLowerCase())];
  checks.push(
    `Next's Cache-Control, Content-Type and every security header of lib/site/security-headers.ts on a cache hit for a browser: ${yes(
      kept.every((name) => direct.headers[name] !== undefined && hit.headers[name] === direct.headers[name]),
    )}; Vary names Accept-Encoding: ${yes(/accept-encoding/i.test(String(hit.headers.vary)))}`,
  );
  return checks;
}

/** What the cache folder holds for the role page, and /search through the cache (never stored). */
export async function checkStored(servers: ServingServers, rolePath: string): Promise<string[]> {
  const stored = cachedResponses(servers.nginx!.setup).filter(({ key }) => key.includes(`${rolePath}|`));
  const search = `http://127.0.0.1:${servers.ports.cache}/search?q=coder`;
  const first = await get(search, requestHeaders("browser"));
  const again = await get(search, requestHeaders("browser"));
  return [
    `the cache folder holds the role page ${stored.length} times, once per encoding: ${stored
      .map((file) => `${storedEncoding(file) ?? "plain"} (${kb(file.body.length)})`)
      .sort()
      .join(", ")}; a hit sends those bytes as they are (nothing compresses in the cache's server block)`,
    `/search through the cache: ${first.headers["x-cache-status"]}, then ${again.headers["x-cache-status"]}, Content-Encoding ${again.headers["content-encoding"] ?? "none"} (never cached: Next sends private, no-store; compressed per request)`,
  ];
}

export async function checkStillCached({ urls }: ServingServers): Promise<string> {
  const after = await get(urls.cache, requestHeaders("browser"));
  return `after the load tests the role page is still a cache ${after.headers["x-cache-status"]} for a browser`;
}
