import type { FormEvent, ReactNode } from "react";
import { FEEDBACK_ENDPOINT, FIELDS, USEFUL_QUESTION } from "@/lib/feedback/fields";
import styles from "./FeedbackForms.module.css";

/** The two answers to "Is this page useful?": visible text, and the name a screen reader gives the button. */
const USEFUL_ANSWERS = [
  { value: "yes", text: "Yes", label: "Yes, this page is useful" },
  { value: "no", text: "No", label: "No, this page is not useful" },
] as const;

/** "Is this page useful?" with Yes and No: a plain form that POSTs to /feedback (FeedbackForms sends it in place). */
export function UsefulForm({
  path,
  id,
  honeypot,
  sending,
  error,
  onSubmit,
}: {
  path: string;
  /** Prefix of the ids in the form. */
  id: string;
  honeypot: ReactNode;
  sending: boolean;
  error: string | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form method="post" action={FEEDBACK_ENDPOINT} className={styles.useful} onSubmit={onSubmit}>
      <input type="hidden" name={FIELDS.page} value={path} />
      <input type="hidden" name={FIELDS.kind} value="useful" />
      {honeypot}
      <h2 className={styles.question} id={`${id}-question`}>
        {USEFUL_QUESTION}
      </h2>
      <div className={styles.answers}>
        {USEFUL_ANSWERS.map(({ value, text, label }) => (
          <button
            key={value}
            type="submit"
            name={FIELDS.useful}
            value={value}
            className={styles.answer}
            disabled={sending}
            aria-label={label}
          >
            {text}
          </button>
        ))}
      </div>
      {error ? (
        <p className={styles.errorText} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
