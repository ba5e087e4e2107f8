/**
 * What the feedback forms and POST /feedback agree on. Kept apart from the server code so the page's script
 * (components/feedback/FeedbackForms.tsx) can import it without pulling in the server's modules.
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

/** The two questions of a problem report, by field name. */
export const PROBLEM_LABELS = {
  [FIELDS.whatDoing]: "What were you doing?",
  [FIELDS.whatWrong]: "What went wrong?",
} as const;

export type ProblemField = keyof typeof PROBLEM_LABELS;

export interface ProblemTextError {
  code: "empty-report" | "too-long";
  field: ProblemField;
  message: string;
}

/**
 * The rule for a problem report's texts, shared by the page's script (so a reader hears at once) and the server
 * (which decides): at least one of the two, each at most MAX_TEXT_CHARACTERS characters (Unicode code points).
 * Texts come in cleaned (or trimmed): empty is null.
 */
export function checkProblemTexts(whatDoing: string | null, whatWrong: string | null): ProblemTextError | null {
  if (whatDoing === null && whatWrong === null) {
    return { code: "empty-report", field: FIELDS.whatWrong, message: "Enter what you were doing or what went wrong, or both." };
  }
  for (const [field, text] of [
    [FIELDS.whatDoing, whatDoing],
    [FIELDS.whatWrong, whatWrong],
  ] as const) {
    const length = text === null ? 0 : [...text].length;
    if (length > MAX_TEXT_CHARACTERS) {
      const limit = MAX_TEXT_CHARACTERS.toLocaleString("en-GB");
      return {
        code: "too-long",
        field,
        message: `"${PROBLEM_LABELS[field]}" must be ${limit} characters or fewer; it has ${length.toLocaleString("en-GB")}.`,
      };
    }
  }
  return null;
}
