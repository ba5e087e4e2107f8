/**
 * What the privacy notice (app/privacy/page.tsx) states that comes from settings or changes over time. How long
 * answers are kept is the setting the site deletes them by (lib/feedback/retention.ts), so the notice cannot
 * promise one period while the site keeps another. The page is prerendered, so the setting is read when the
 * site is built (as SITE_URL is): rebuild after changing FEEDBACK_RETENTION_DAYS.
 */
export { DEFAULT_RETENTION_DAYS, retentionDaysFromEnv } from "../feedback";

/** The notice's date ("YYYY-MM-DD"): update it whenever what the notice says changes. */
export const PRIVACY_NOTICE_DATES = {
  lastUpdated: "2026-12-03",
} as const;
