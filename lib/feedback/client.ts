import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

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
export function clientAddress(headers: Pick<Headers, "get">, trusted: ReadonlySet<string>): string {
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

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail read as two groups), or null. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${((+dotted[1]! << 8) | +dotted[2]!).toString(16)}:${((+dotted[3]! << 8) | +dotted[4]!).toString(16)}`
    : address;
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const [head, tail] = text.split("::") as [string, string | undefined];
  if (tail === undefined) return parse(head);
  const [front, back] = [parse(head), parse(tail)];
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * Who a rate limit counts as one client: an IPv4 address by itself; an IPv6 address by its /64, the block one
 * household, phone or server is given (counting each of its 2^64 addresses alone would let one client have as
 * many limits as it likes); an IPv4-mapped IPv6 address (`::ffff:cb00:7107`) as its IPv4 address. Anything else
 * (`unknown`) is kept as it is.
 */
export function rateLimitSubject(address: string): string {
  const bare = address.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (isIPv4(bare)) return bare;
  const groups = ipv6Groups(bare);
  if (!groups) return address;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}

/**
 * The rate limiters' key (readers' feedback and the editors' sign-in): a hash of the client's rateLimitSubject
 * (IPv6 per /64), so no address is written anywhere, even for the minute a counter lives.
 */
export function clientKey(address: string): string {
  return createHash("sha256").update(`careers-guide-feedback:${rateLimitSubject(address)}`).digest("base64url").slice(0, 32);
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
