/**
 * What the feedback forms and POST /feedback agree on. Kept apart from the server code so the page's script
 * (components/FeedbackForms.tsx) can import it without pulling in the server's modules.
 */

/** Where the forms post. */
export const FEEDBACK_ENDPOINT = "/feedback";

/** The largest body accepted, in bytes; anything longer is answered 413 without being read further. */
export const MAX_BODY_BYTES = 16 * 1024;
/** The most characters "What were you doing?" and "What went wrong?" may each hold. */
export const MAX_TEXT_CHARACTERS = 1200;

/** The form's field names. `website` is the honeypot: hidden from people, filled in by simple bots. */
export const FIELDS = {
  page: "page",
  kind: "kind",
  useful: "useful",
  whatDoing: "whatDoing",
  whatWrong: "whatWrong",
  javascript: "js",
  honeypot: "website",
} as const;

/** A link to `page#report-a-problem` opens the problem form (browsers open a <details> to show a link's target). */
export const PROBLEM_FORM_ID = "report-a-problem";

/** The thank-you page for the plain forms; `answer` is yes, no or problem. */
export const thanksPath = (page: string, answer: "yes" | "no" | "problem") =>
  `/feedback/thanks?${new URLSearchParams({ page, answer }).toString()}`;
