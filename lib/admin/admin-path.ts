/**
 * Which request paths are admin paths (lib/admin/auth.ts protects them): any spelling of /admin that Next or a
 * lenient server or proxy in front of it could serve as /admin.
 */

const MAX_DECODE_ROUNDS = 8;

/**
 * One round of percent-decoding that never throws. Valid UTF-8 decodes as usual; otherwise each `%XX` is taken
 * as one byte (Latin-1), and an overlong two-byte form of an ASCII character (`%C1%A1` for `a`, which a careless
 * decoder accepts) as that character. A `%` not followed by two hex digits is left as it is.
 */
function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text
      .replace(/%(C[01])%([89AB][0-9A-F])/gi, (_, lead: string, trail: string) =>
        String.fromCharCode(((parseInt(lead, 16) & 0x1f) << 6) | (parseInt(trail, 16) & 0x3f)),
      )
      .replace(/%([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** The path, then each further decoding of it, until decoding changes nothing. */
function decodings(pathname: string): string[] {
  const stages = [pathname];
  let current = pathname;
  for (let round = 0; round < MAX_DECODE_ROUNDS && current.includes("%"); round++) {
    const next = decodeOnce(current);
    if (next === current) break;
    stages.push(next);
    current = next;
  }
  return stages;
}

/**
 * The first segment a lenient server could take this path to start with, in each way it might read it: with
 * and without `;parameters`, with and without resolving `.` and `..`.
 */
function firstSegments(decoded: string): string[] {
  const text = decoded
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\\/g, "/")
    // Control characters and spaces: dropped rather than trusted to end a name.
    .replace(/[\u0000-\u0020\u007f]/g, "");
  const segments = text.split("/");
  const firsts: string[] = [];
  for (const stripParameters of [false, true]) {
    const named = segments
      .map((segment) => (stripParameters ? segment.replace(/;.*$/, "") : segment))
      .map((segment) => segment.replace(/[.]+$/, (dots) => (segment === dots ? dots : "")));
    // Read as written: the first segment that is not empty.
    const literal = named.find((segment) => segment !== "");
    if (literal !== undefined) firsts.push(literal);
    // Read with dot segments resolved, as a URL parser does.
    const resolved: string[] = [];
    for (const segment of named) {
      if (segment === "" || segment === ".") continue;
      if (segment === "..") resolved.pop();
      else resolved.push(segment);
    }
    if (resolved[0] !== undefined) firsts.push(resolved[0]);
  }
  return firsts;
}

/**
 * Whether a request path could be served as /admin or a page below it by Next or by any lenient server or proxy
 * in front of it: in any case, percent-encoded once or several times (malformed escapes included), with
 * backslashes, repeated slashes, `;parameters`, trailing dots or `.`/`..` segments.
 *
 * Deliberately broad: the first segment only has to *start* with `admin`, so /administrator, /admin.rsc and
 * /admin;x are protected too. No page of the site has a first segment starting with `admin`, so the only
 * effect is that such an unknown address answers 401 (or 404 while the admin pages are off) instead of 404.
 * Anything below another first segment (/roles/admin-officer) is not an admin path.
 */
export function isAdminPath(pathname: string): boolean {
  return decodings(pathname).some((decoded) => firstSegments(decoded).some((segment) => segment.startsWith("admin")));
}
