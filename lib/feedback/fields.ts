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

/** The question of the first form, as the page, the privacy notice and the editors' inbox word it. */
export const USEFUL_QUESTION = "Is this page useful?";

/** The link that opens the second form. */
export const PROBLEM_SUMMARY = "Report a problem with this page";

/** The two questions of a problem report, by field name. */
export const PROBLEM_LABELS = {
  [FIELDS.whatDoing]: "What were you doing?",
  [FIELDS.whatWrong]: "What went wrong?",
} as const;

export type ProblemField = keyof typeof PROBLEM_LABELS;

/** What the problem form tells readers above its two boxes. */
export const PROBLEM_HINT =
  "Do not include personal details such as your name, email address or phone number: any we find are removed " +
  `before your report is stored. You can enter up to ${MAX_TEXT_CHARACTERS.toLocaleString("en-GB")} characters in each box.`;

/**
 * What POST /feedback shows a reader without JavaScript when it refuses an answer: a page of its own, with the
 * problem form again (`retry`) when the texts of a report were refused. Rendered by
 * components/feedback/FeedbackErrorPage.tsx with the page's own form.
 */
export interface FeedbackErrorPageContent {
  title: string;
  message: string;
  back: { href: string; text: string };
  retry?: { page: string; whatDoing: string; whatWrong: string; field?: ProblemField };
}

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
