import { describe, expect, it } from "vitest";
import { clientAddress, clientKey, isCrossSite, normaliseAddress, PEER_HEADER, trustedProxies } from "@/lib/feedback/client";

const NONE = new Set<string>();
const LOCAL = new Set(["127.0.0.1", "::1"]);
const TWO_PROXIES = new Set(["127.0.0.1", "10.0.0.5"]);

describe("who is posting", () => {
  it.each<[string, Record<string, string>, ReadonlySet<string>, string]>([
    ["without trusted proxies, the peer", { [PEER_HEADER]: "203.0.113.7" }, NONE, "203.0.113.7"],
    [
      "without trusted proxies, the peer even when X-Forwarded-For is sent",
      { [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" },
      NONE,
      "203.0.113.7",
    ],
    [
      "an untrusted peer, even when X-Forwarded-For names a trusted proxy",
      { [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "127.0.0.1" },
      LOCAL,
      "203.0.113.7",
    ],
    [
      "behind a trusted proxy, the right-most X-Forwarded-For entry",
      { [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "198.51.100.1" },
      LOCAL,
      "198.51.100.1",
    ],
    [
      "behind a trusted proxy, ignoring entries the client wrote on the left",
      { [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "1.1.1.1, 2.2.2.2 ,198.51.100.1" },
      LOCAL,
      "198.51.100.1",
    ],
    [
      "behind a chain of two trusted proxies, the first untrusted entry from the right",
      { [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6, 198.51.100.1, 10.0.0.5" },
      TWO_PROXIES,
      "198.51.100.1",
    ],
    [
      "an IPv4-mapped IPv6 peer as the IPv4 address it is",
      { [PEER_HEADER]: "::ffff:127.0.0.1", "x-forwarded-for": "198.51.100.1" },
      LOCAL,
      "198.51.100.1",
    ],
    ["an IPv4-mapped IPv6 client as its IPv4 address", { [PEER_HEADER]: "::FFFF:203.0.113.7" }, NONE, "203.0.113.7"],
    [
      "an IPv4-mapped entry in X-Forwarded-For as its IPv4 address",
      { [PEER_HEADER]: "::1", "x-forwarded-for": "::ffff:198.51.100.1" },
      LOCAL,
      "198.51.100.1",
    ],
    [
      "the proxy itself when X-Forwarded-For is missing",
      { [PEER_HEADER]: "127.0.0.1" },
      LOCAL,
      "127.0.0.1",
    ],
    [
      "the proxy itself when every X-Forwarded-For entry is a trusted proxy",
      { [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "10.0.0.5, 127.0.0.1" },
      TWO_PROXIES,
      "127.0.0.1",
    ],
    ["'unknown' when the peer header is missing", {}, NONE, "unknown"],
    ["'unknown' when the peer header is missing, whatever X-Forwarded-For says", { "x-forwarded-for": "198.51.100.1" }, LOCAL, "unknown"],
  ])("is %s", (_, headers, trusted, expected) => {
    expect(clientAddress(new Headers(headers), trusted)).toBe(expected);
  });
});

describe("reading TRUSTED_PROXIES", () => {
  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ["", []],
    [" , ,", []],
    ["127.0.0.1", ["127.0.0.1"]],
    ["127.0.0.1, ::1", ["127.0.0.1", "::1"]],
    [" ::FFFF:10.0.0.5 ,10.0.0.6,", ["10.0.0.5", "10.0.0.6"]],
    ["FE80::1", ["fe80::1"]],
  ])("reads %j as %j", (value, expected) => {
    expect([...trustedProxies({ TRUSTED_PROXIES: value })]).toEqual(expected);
  });

  it("keeps an IPv6 address that is not IPv4-mapped as it is", () => {
    expect(normaliseAddress("::ffff:abcd")).toBe("::ffff:abcd");
  });
});

describe("the rate limiter's key for a client", () => {
  const address = "203.0.113.7";

  it("is the same every time for one address", () => {
    expect(clientKey(address)).toBe(clientKey(address));
  });

  it("is 32 characters, safe in a URL or a database key", () => {
    expect(clientKey(address)).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("differs between addresses", () => {
    const keys = new Set(["203.0.113.7", "203.0.113.8", "::1", "unknown", "2001:db8::1"].map(clientKey));
    expect(keys.size).toBe(5);
  });

  it("does not contain the address", () => {
    for (const each of ["203.0.113.7", "1", "::1"]) {
      expect(clientKey(each)).not.toContain(each);
    }
  });
});

describe("refusing posts from other sites", () => {
  const site = new URL("https://careers.example.org");

  it.each<[string, Record<string, string>, boolean]>([
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }, true],
    ["Sec-Fetch-Site: same-site (another subdomain)", { "sec-fetch-site": "same-site" }, true],
    ["Sec-Fetch-Site: cross-site even with this site's Origin", { "sec-fetch-site": "cross-site", origin: "https://careers.example.org" }, true],
    ["Sec-Fetch-Site: same-origin", { "sec-fetch-site": "same-origin" }, false],
    ["Sec-Fetch-Site: none (typed or bookmarked)", { "sec-fetch-site": "none" }, false],
    ["an Origin equal to SITE_URL's origin", { origin: "https://careers.example.org" }, false],
    ["same-origin with this site's Origin", { "sec-fetch-site": "same-origin", origin: "https://careers.example.org" }, false],
    ["an Origin equal to the origin from Host", { origin: "http://localhost:3000", host: "localhost:3000" }, false],
    [
      "an Origin equal to the origin from X-Forwarded-Host and X-Forwarded-Proto",
      { origin: "https://guide.example.net", host: "127.0.0.1:3000", "x-forwarded-host": "guide.example.net", "x-forwarded-proto": "https" },
      false,
    ],
    ["another site's Origin", { origin: "https://evil.example" }, true],
    ["another site's Origin with a Host", { origin: "https://evil.example", host: "careers.example.org" }, true],
    ["this site's host over the other scheme", { origin: "http://careers.example.org" }, true],
    ["this site's host on another port", { origin: "https://careers.example.org:8443" }, true],
    ["Origin: null (a sandboxed frame or data: URL)", { origin: "null" }, true],
    ["same-origin but another site's Origin", { "sec-fetch-site": "same-origin", origin: "https://evil.example" }, true],
    ["neither header (curl, a script)", {}, false],
  ])("%s → cross-site %s", (_, headers, expected) => {
    expect(isCrossSite(new Headers(headers), site)).toBe(expected);
  });
});
