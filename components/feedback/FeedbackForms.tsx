"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import {
  checkProblemTexts,
  FEEDBACK_ENDPOINT,
  FIELDS,
  MAX_TEXT_CHARACTERS,
  PROBLEM_FORM_ID,
  PROBLEM_LABELS,
  type ProblemField,
} from "@/lib/feedback/fields";
import styles from "./FeedbackForms.module.css";

/**
 * "Is this page useful?" and "Report a problem with this page", at the end of every role and industry page
 * (the GOV.UK pattern). Rendered into the prerendered page as two plain HTML forms that POST to /feedback, so
 * they work without JavaScript (the reader lands on a thank-you page). With JavaScript the same forms are sent
 * in place: the controls are replaced by a thank-you message, which takes focus so screen readers say it, and
 * after "No" the problem form is opened. Nothing here prints.
 */

const ENDPOINT = FEEDBACK_ENDPOINT;
const LIMIT = MAX_TEXT_CHARACTERS.toLocaleString("en-GB");

type Useful = "idle" | "sending" | "yes" | "no";

/** The two answers to "Is this page useful?": visible text, and the name a screen reader gives the button. */
const USEFUL_ANSWERS = [
  { value: "yes", text: "Yes", label: "Yes, this page is useful" },
  { value: "no", text: "No", label: "No, this page is not useful" },
] as const;
type Problem = "idle" | "sending" | "sent";

interface ProblemError {
  field: ProblemField | null;
  message: string;
}

async function send(fields: Record<string, string>): Promise<{ ok: true } | { ok: false; message: string; field?: string }> {
  try {
    const response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ ...fields, [FIELDS.javascript]: "1" }).toString(),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { error?: { message?: string; field?: string } } | null;
    return {
      ok: false,
      message: body?.error?.message ?? "Sorry, your answer could not be sent. Please try again later.",
      field: body?.error?.field,
    };
  } catch {
    return { ok: false, message: "Sorry, your answer could not be sent: check your connection and try again." };
  }
}

export function FeedbackForms({ path }: { path: string }) {
  const id = useId();
  const [useful, setUseful] = useState<Useful>("idle");
  const [usefulError, setUsefulError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>("idle");
  const [problemError, setProblemError] = useState<ProblemError | null>(null);
  const [problemOpen, setProblemOpen] = useState(false);
  const usefulMessage = useRef<HTMLDivElement>(null);
  const problemMessage = useRef<HTMLDivElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  const problemHoneypot = useRef<HTMLInputElement>(null);

  async function sendUseful(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const answer = submitter?.value === "no" ? "no" : "yes";
    setUseful("sending");
    const result = await send({
      [FIELDS.page]: path,
      [FIELDS.kind]: "useful",
      [FIELDS.useful]: answer,
      [FIELDS.honeypot]: honeypot.current?.value ?? "",
    });
    if (!result.ok) {
      setUseful("idle");
      setUsefulError(result.message);
      return;
    }
    setUseful(answer);
    if (answer === "no") setProblemOpen(true);
  }

  async function sendProblem(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const whatDoing = String(form.get(FIELDS.whatDoing) ?? "");
    const whatWrong = String(form.get(FIELDS.whatWrong) ?? "");
    const local = checkProblem(whatDoing, whatWrong);
    if (local) {
      setProblemError({ ...local });
      return;
    }
    setProblem("sending");
    const result = await send({
      [FIELDS.page]: path,
      [FIELDS.kind]: "problem",
      [FIELDS.whatDoing]: whatDoing,
      [FIELDS.whatWrong]: whatWrong,
      [FIELDS.honeypot]: problemHoneypot.current?.value ?? "",
    });
    if (!result.ok) {
      setProblem("idle");
      const field = result.field === FIELDS.whatDoing || result.field === FIELDS.whatWrong ? result.field : null;
      setProblemError({ field, message: result.message });
      return;
    }
    setProblemError(null);
    setProblem("sent");
  }

  // Focus follows what changed, once React has put it on the page: the thanks replaces the control the reader
  // used (which would otherwise leave focus nowhere), and an error summary is read out before the fields.
  useEffect(() => {
    if (useful === "yes" || useful === "no") usefulMessage.current?.focus();
  }, [useful]);
  useEffect(() => {
    if (problem === "sent") problemMessage.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (problemError) errorSummary.current?.focus();
  }, [problemError]);

  const doingId = `${id}-what-doing`;
  const wrongId = `${id}-what-wrong`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = (field: string) =>
    problemError?.field === field ? `${hintId} ${errorId}` : hintId;

  return (
    <section className={styles.feedback} aria-label="Feedback on this page">
      {useful === "yes" || useful === "no" ? (
        <div ref={usefulMessage} className={styles.message} role="status" tabIndex={-1}>
          <p className={styles.messageTitle}>Thank you for your feedback.</p>
          {useful === "no" && problem !== "sent" ? (
            <p className={styles.messageText}>Tell us what went wrong below, so we can improve this page.</p>
          ) : null}
        </div>
      ) : (
        <form method="post" action={ENDPOINT} className={styles.useful} onSubmit={sendUseful}>
          <input type="hidden" name={FIELDS.page} value={path} />
          <input type="hidden" name={FIELDS.kind} value="useful" />
          <Honeypot inputRef={honeypot} id={`${id}-website-useful`} />
          <h2 className={styles.question} id={`${id}-question`}>
            Is this page useful?
          </h2>
          <div className={styles.answers}>
            {USEFUL_ANSWERS.map(({ value, text, label }) => (
              <button
                key={value}
                type="submit"
                name={FIELDS.useful}
                value={value}
                className={styles.answer}
                disabled={useful === "sending"}
                aria-label={label}
              >
                {text}
              </button>
            ))}
          </div>
          {usefulError ? (
            <p className={styles.errorText} role="alert">
              {usefulError}
            </p>
          ) : null}
        </form>
      )}

      {problem === "sent" ? (
        <div ref={problemMessage} className={styles.message} role="status" tabIndex={-1}>
          <p className={styles.messageTitle}>Thank you for your report.</p>
          <p className={styles.messageText}>
            The editors of this guide use reports to decide what to fix first. We cannot reply to reports.
          </p>
        </div>
      ) : (
        <details
          className={styles.problem}
          open={problemOpen}
          onToggle={(event) => setProblemOpen(event.currentTarget.open)}
        >
          <summary className={styles.summary}>Report a problem with this page</summary>
          <form
            id={PROBLEM_FORM_ID}
            method="post"
            action={ENDPOINT}
            className={styles.form}
            onSubmit={sendProblem}
            noValidate
          >
            <input type="hidden" name={FIELDS.page} value={path} />
            <input type="hidden" name={FIELDS.kind} value="problem" />
            <Honeypot inputRef={problemHoneypot} id={`${id}-website-problem`} />
            <h2 className={styles.formTitle}>Help us improve this page</h2>
            <p id={hintId} className={styles.hint}>
              Do not include personal details such as your name, email address or phone number: any we find are
              removed before your report is stored. You can enter up to {LIMIT} characters in each box.
            </p>
            {problemError ? (
              <div ref={errorSummary} className={styles.errorSummary} role="alert" tabIndex={-1}>
                <p className={styles.errorTitle}>There is a problem</p>
                <p id={errorId} className={styles.errorText}>
                  {problemError.field ? (
                    <a href={`#${problemError.field === FIELDS.whatDoing ? doingId : wrongId}`}>{problemError.message}</a>
                  ) : (
                    problemError.message
                  )}
                </p>
              </div>
            ) : null}
            <TextField
              id={doingId}
              name={FIELDS.whatDoing}
              describedBy={describedBy(FIELDS.whatDoing)}
              error={problemError?.field === FIELDS.whatDoing}
            />
            <TextField
              id={wrongId}
              name={FIELDS.whatWrong}
              describedBy={describedBy(FIELDS.whatWrong)}
              error={problemError?.field === FIELDS.whatWrong}
            />
            <button type="submit" className="button" disabled={problem === "sending"}>
              Send
            </button>
          </form>
        </details>
      )}
    </section>
  );
}

/** Checks a report before sending it, with the server's rule, so a reader gets the error at once. */
export function checkProblem(whatDoing: string, whatWrong: string): ProblemError | null {
  const error = checkProblemTexts(whatDoing.trim() || null, whatWrong.trim() || null);
  return error ? { field: error.field, message: error.message } : null;
}

/** One labelled box of the problem form, marked as in error when the error is about it. */
function TextField({
  id,
  name,
  describedBy,
  error,
}: {
  id: string;
  name: ProblemField;
  describedBy: string;
  error: boolean;
}) {
  return (
    <div className={`${styles.field} ${error ? styles.fieldError : ""}`}>
      <label htmlFor={id} className={styles.label}>
        {PROBLEM_LABELS[name]}
      </label>
      <textarea
        id={id}
        name={name}
        rows={4}
        className={styles.textarea}
        aria-describedby={describedBy}
        aria-invalid={error || undefined}
      />
    </div>
  );
}

/** A field people never see or reach; simple bots fill it in, and their answers are not stored. */
function Honeypot({ inputRef, id }: { inputRef: React.RefObject<HTMLInputElement | null>; id: string }) {
  return (
    <div className={styles.honeypot} aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input ref={inputRef} id={id} type="text" name={FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
