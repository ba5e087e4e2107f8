import type { FormEvent, ReactNode, Ref } from "react";
import {
  FEEDBACK_ENDPOINT,
  FIELDS,
  PROBLEM_FORM_ID,
  PROBLEM_HINT,
  PROBLEM_LABELS,
  type ProblemField,
} from "@/lib/feedback/fields";
import styles from "./FeedbackForms.module.css";
import { Button } from "@/components/shared";

/**
 * "Report a problem with this page": the one form for it, on every role and industry page (inside FeedbackForms)
 * and again on the page POST /feedback answers a reader without JavaScript with when it refuses a report's texts
 * (FeedbackErrorPage), filled in with what they wrote. No hooks and no script of its own, so both can render it.
 */

/** The ids of the form's parts: each box, the hint and the error message that describe them. */
export type ProblemFormIds = Record<ProblemField | "hint" | "error", string>;

export interface ProblemError {
  field: ProblemField | null;
  message: string;
}

export function ProblemForm({
  path,
  ids,
  errorField = null,
  values,
  honeypot,
  errorSummary,
  sending = false,
  onSubmit,
}: {
  path: string;
  ids: ProblemFormIds;
  /** The box the error (ids.error) is about: marked invalid and described by the error. */
  errorField?: ProblemField | null;
  /** What the reader wrote, when the form is shown again. */
  values?: Record<ProblemField, string>;
  honeypot?: ReactNode;
  /** The page's error summary, above the boxes. */
  errorSummary?: ReactNode;
  sending?: boolean;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form
      method="post"
      action={FEEDBACK_ENDPOINT}
      id={PROBLEM_FORM_ID}
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
    >
      <input type="hidden" name={FIELDS.page} value={path} />
      <input type="hidden" name={FIELDS.kind} value="problem" />
      {honeypot}
      <h2 className={styles.formTitle}>Help us improve this page</h2>
      <p id={ids.hint} className={styles.hint}>
        {PROBLEM_HINT}
      </p>
      {errorSummary}
      {([FIELDS.whatDoing, FIELDS.whatWrong] as const).map((name) => (
        <TextField
          key={name}
          id={ids[name]}
          name={name}
          describedBy={errorField === name ? `${ids.hint} ${ids.error}` : ids.hint}
          error={errorField === name}
          value={values?.[name]}
        />
      ))}
      <Button disabled={sending}>Send</Button>
    </form>
  );
}

/** The error summary at the top of the form (GOV.UK pattern): the message, linking to the box it is about. */
export function ErrorSummary({ ref, ids, error }: { ref?: Ref<HTMLDivElement>; ids: ProblemFormIds; error: ProblemError }) {
  return (
    <div ref={ref} className={styles.errorSummary} role="alert" tabIndex={-1}>
      <p className={styles.errorTitle}>There is a problem</p>
      <p id={ids.error} className={styles.errorText}>
        {error.field ? <a href={`#${ids[error.field]}`}>{error.message}</a> : error.message}
      </p>
    </div>
  );
}

/** One labelled box of the problem form, marked as in error when the error is about it. */
function TextField({
  id,
  name,
  describedBy,
  error,
  value,
}: {
  id: string;
  name: ProblemField;
  describedBy: string;
  error: boolean;
  value?: string;
}) {
  return (
    <div className={`${styles.field} ${error ? styles.fieldError : ""}`}>
      <label htmlFor={id} className={styles.label}>
        {PROBLEM_LABELS[name]}
      </label>
      <textarea
        id={id}
        name={name}
        rows={5}
        aria-invalid={error || undefined}
        className={styles.textarea}
        aria-describedby={describedBy}
        defaultValue={value}
      />
    </div>
  );
}
