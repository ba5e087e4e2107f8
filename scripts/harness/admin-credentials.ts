/**
 * The editors' sign-in that the end-to-end servers are started with (playwright.config.ts) and the specs sign in
 * with (tests/e2e/support/admin-credentials.ts). Test-only: the password is public, and this hash unlocks nothing
 * but a server started for the tests.
 */
export const ADMIN_USERNAME = "editor";
export const ADMIN_PASSWORD = "e2e-only: correct horse battery staple";
/** `printf '%s' "$ADMIN_PASSWORD" | npm run -s admin:hash-password` */
export const ADMIN_PASSWORD_HASH = "scrypt:32768:8:1:aMb3E6HjXhPlfpTxKAG75w:bq8fm96lo78rSbWP2fNE-jxpTxaINzy476cFl-P63i4";
