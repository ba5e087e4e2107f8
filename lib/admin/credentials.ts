import { createHash, timingSafeEqual } from "node:crypto";
import type { AdminConfig } from "./config";
import { verifyPassword } from "./password";

/** HTTP Basic credentials (RFC 7617): reading an Authorization header, and checking it against the configuration. */

/** Longer than any real Basic credentials; refused before decoding. */
const MAX_AUTHORIZATION_LENGTH = 2048;
const BASIC = /^basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The user name and password of an `Authorization: Basic …` header (RFC 7617), or null if there is none or it is
 * malformed: another scheme, not base64, not UTF-8, no colon, or control characters.
 */
export function parseBasicAuthorization(header: string | null): { username: string; password: string } | null {
  if (header === null || header.length > MAX_AUTHORIZATION_LENGTH) return null;
  const match = BASIC.exec(header.trim());
  if (!match) return null;
  const encoded = match[1]!;
  const unpadded = encoded.replace(/=+$/, "");
  if (unpadded.length % 4 === 1) return null;
  const bytes = Buffer.from(unpadded, "base64");
  // Canonical base64 only: re-encoding gives the same text (no stray bits in the last character).
  if (bytes.toString("base64").replace(/=+$/, "") !== unpadded) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  if (/[\u0000-\u001f\u007f]/.test(text)) return null;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Equal-length digests, so timingSafeEqual can compare names of any length without telling their lengths. */
const digest = (text: string) => createHash("sha256").update(text.normalize("NFC"), "utf8").digest();

/** Checked instead of a password when the header is malformed, so that case costs the same scrypt too. */
const NO_PASSWORD = "\u0000not a password\u0000";

export interface CheckOptions {
  /** The password check; tests pass a counting wrapper. */
  verify?: (password: string, stored: string) => Promise<boolean>;
}

/**
 * Whether an Authorization header holds the editors' credentials. Every header that is present costs exactly
 * one password check against the configured hash, whether it is malformed, names the wrong user or has the
 * wrong password, so neither the time taken nor the answer tells those apart. An absent header (null) is
 * refused at once: nothing about the credentials can be learnt from that.
 */
export async function checkCredentials(
  header: string | null,
  config: AdminConfig,
  { verify = verifyPassword }: CheckOptions = {},
): Promise<boolean> {
  if (header === null) return false;
  const credentials = parseBasicAuthorization(header);
  const usernameOk = timingSafeEqual(digest(credentials?.username ?? ""), digest(config.username));
  const passwordOk = await verify(credentials?.password ?? NO_PASSWORD, config.passwordHash);
  return credentials !== null && usernameOk && passwordOk;
}
