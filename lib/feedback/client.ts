import { createHash } from "node:crypto";

/**
 * Who is posting, for the rate limit, and whether the post comes from this site (cross-site posts are refused).
 *
 * The peer address: Next gives a route handler no socket, and keeps an X-Forwarded-For that the client sent
 * itself, so the peer address cannot be read from Next's headers without trusting the client. instrumentation.ts
 * therefore stamps each incoming request with PEER_HEADER, set from the socket and overwriting any value the
 * client sent.
 *
 * TRUSTED_PROXIES (comma-separated addresses, e.g. `127.0.0.1,::1` when nginx runs on the same machine): when the
 * peer is one of them, the client is the right-most X-Forwarded-For entry that is not itself a trusted proxy
 * (nginx appends the address it saw; entries further left were written by the client and prove nothing).
 * Otherwise X-Forwarded-For is ignored and the client is the peer.
 */
export const PEER_HEADER = "x-careers-guide-peer";

/** `::ffff:127.0.0.1` and `127.0.0.1` are one address. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

export function trustedProxies(env: Record<string, string | undefined> = process.env): Set<string> {
  return new Set(
    (env.TRUSTED_PROXIES ?? "")
      .split(",")
      .map(normaliseAddress)
      .filter((entry) => entry !== ""),
  );
}

/** The client's address as well as it can be known: see the module comment. */
export function clientAddress(headers: Headers, trusted: ReadonlySet<string>): string {
  const peer = normaliseAddress(headers.get(PEER_HEADER) ?? "unknown");
  if (!trusted.has(peer)) return peer;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map(normaliseAddress)
    .filter((entry) => entry !== "");
  for (let index = chain.length - 1; index >= 0; index--) {
    if (!trusted.has(chain[index]!)) return chain[index]!;
  }
  return peer;
}

/** The rate limiter's key: a hash, so no address is written anywhere, even for the minute a counter lives. */
export function clientKey(address: string): string {
  return createHash("sha256").update(`careers-guide-feedback:${address}`).digest("base64url").slice(0, 32);
}

/**
 * Whether a POST comes from another site. Browsers send Sec-Fetch-Site (same-origin for our own forms) and
 * Origin on every POST; either naming anything but this site refuses the post. A request with neither (curl, a
 * script) is not a browser acting for a reader, so there is no forged consent to guard against.
 */
export function isCrossSite(headers: Headers, siteUrl: URL): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const allowed = new Set([siteUrl.origin]);
  // The address the request was sent to: the site may be reached by another name than SITE_URL (a test server).
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) {
    const proto = (headers.get("x-forwarded-proto") ?? "http").split(",")[0]!.trim();
    allowed.add(`${proto}://${host}`);
  }
  return !allowed.has(origin);
}
