/**
 * The editors' sign-in for the specs: the credentials the end-to-end servers are started with
 * (scripts/harness/admin-credentials.ts, which playwright.config.ts reads too), and the header that sends them.
 */
import { ADMIN_PASSWORD, ADMIN_USERNAME } from "../../../scripts/harness/admin-credentials";

export { ADMIN_PASSWORD, ADMIN_PASSWORD_HASH, ADMIN_USERNAME } from "../../../scripts/harness/admin-credentials";

/** An Authorization header for the editors' pages. */
export const adminAuthorization = (username = ADMIN_USERNAME, password = ADMIN_PASSWORD) =>
  `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
