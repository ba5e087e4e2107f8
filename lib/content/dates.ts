/** Content dates are calendar days, "YYYY-MM-DD", shown the GOV.UK way: "25 November 2026". */
const FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(day: string): string {
  return FORMAT.format(new Date(`${day}T00:00:00Z`));
}

/** Today as "YYYY-MM-DD" (UTC), the day against which reviews are overdue. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
