"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { FIELDS, PROBLEM_SUMMARY } from "@/lib/feedback/fields";
import { FeedbackMessage } from "./FeedbackMessage";
import { Honeypot } from "./Honeypot";
import { ErrorSummary, ProblemForm, type ProblemError, type ProblemFormIds } from "./ProblemForm";
import { checkProblem, send } from "./send";
import { UsefulForm } from "./UsefulForm";
import styles from "./FeedbackForms.module.css";

/**
 * "Is this page useful?" and "Report a problem with this page", at the end of every role and industry page
 * (the GOV.UK pattern). Rendered into the prerendered page as two plain HTML forms that POST to /feedback, so
 * they work without JavaScript (the reader lands on a thank-you page). With JavaScript the same forms are sent
 * in place: the controls are replaced by a thank-you message, which takes focus so screen readers say it, and
 * after "No" the problem form is opened. Nothing here prints.
 */
export function FeedbackForms({ path }: { path: string }) {
  const id = useId();
  const [problemOpen, setProblemOpen] = useState(false);
  const useful = useUsefulAnswer(path, () => setProblemOpen(true));
  const { message: usefulMessage, honeypot: usefulHoneypot } = useful.refs;
  const problem = useProblemReport(path);
  const { message: problemMessage, honeypot: problemHoneypot, errorSummary } = problem.refs;
  const ids: ProblemFormIds = {
    whatDoing: `${id}-what-doing`,
    whatWrong: `${id}-what-wrong`,
    hint: `${id}-hint`,
    error: `${id}-error`,
  };

  return (
    <section className={styles.feedback} aria-label="Feedback on this page">
      {useful.state === "yes" || useful.state === "no" ? (
        <FeedbackMessage ref={usefulMessage} title="Thank you for your feedback.">
          {useful.state === "no" && problem.state !== "sent"
            ? "Tell us what went wrong below, so we can improve this page."
            : null}
        </FeedbackMessage>
      ) : (
        <UsefulForm
          path={path}
          id={id}
          honeypot={<Honeypot inputRef={usefulHoneypot} id={`${id}-website-useful`} />}
          sending={useful.state === "sending"}
          error={useful.error}
          onSubmit={useful.submit}
        />
      )}

      {problem.state === "sent" ? (
        <FeedbackMessage ref={problemMessage} title="Thank you for your report.">
          The editors of this guide use reports to decide what to fix first. We cannot reply to reports.
        </FeedbackMessage>
      ) : (
        <details className={styles.problem} open={problemOpen} onToggle={(event) => setProblemOpen(event.currentTarget.open)}>
          <summary className={styles.summary}>{PROBLEM_SUMMARY}</summary>
          <ProblemForm
            path={path}
            ids={ids}
            errorField={problem.error?.field ?? null}
            honeypot={<Honeypot inputRef={problemHoneypot} id={`${id}-website-problem`} />}
            errorSummary={problem.error ? <ErrorSummary ref={errorSummary} ids={ids} error={problem.error} /> : null}
            sending={problem.state === "sending"}
            onSubmit={problem.submit}
          />
        </details>
      )}
    </section>
  );
}

/**
 * "Is this page useful?" sent in place: the answer the reader chose, or why it could not be sent. Focus moves to
 * the thanks once React has put it on the page (it replaces the button the reader used, which would otherwise
 * leave focus nowhere).
 */
function useUsefulAnswer(path: string, afterNo: () => void) {
  const [state, setState] = useState<"idle" | "sending" | "yes" | "no">("idle");
  const [error, setError] = useState<string | null>(null);
  const message = useRef<HTMLDivElement>(null);
  const honeypot = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const answer = submitter?.value === "no" ? "no" : "yes";
    setState("sending");
    const result = await send({
      [FIELDS.page]: path,
      [FIELDS.kind]: "useful",
      [FIELDS.useful]: answer,
      [FIELDS.honeypot]: honeypot.current?.value ?? "",
    });
    if (!result.ok) {
      setState("idle");
      setError(result.message);
      return;
    }
    setState(answer);
    if (answer === "no") afterNo();
  }

  useEffect(() => {
    if (state === "yes" || state === "no") message.current?.focus();
  }, [state]);
  return { state, error, submit, refs: { message, honeypot } };
}

/**
 * A problem report sent in place, checked first with the server's rule. Focus moves to the thanks once it is
 * sent, and to the error summary when there is an error, so it is read out before the fields.
 */
function useProblemReport(path: string) {
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle");
  const [error, setError] = useState<ProblemError | null>(null);
  const message = useRef<HTMLDivElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  const honeypot = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const whatDoing = String(form.get(FIELDS.whatDoing) ?? "");
    const whatWrong = String(form.get(FIELDS.whatWrong) ?? "");
    const local = checkProblem(whatDoing, whatWrong);
    if (local) {
      setError({ ...local });
      return;
    }
    setState("sending");
    const result = await send({
      [FIELDS.page]: path,
      [FIELDS.kind]: "problem",
      [FIELDS.whatDoing]: whatDoing,
      [FIELDS.whatWrong]: whatWrong,
      [FIELDS.honeypot]: honeypot.current?.value ?? "",
    });
    if (!result.ok) {
      setState("idle");
      const field = result.field === FIELDS.whatDoing || result.field === FIELDS.whatWrong ? result.field : null;
      setError({ field, message: result.message });
      return;
    }
    setError(null);
    setState("sent");
  }

  useEffect(() => {
    if (state === "sent") message.current?.focus();
  }, [state]);
  useEffect(() => {
    if (error) errorSummary.current?.focus();
  }, [error]);
  return { state, error, submit, refs: { message, errorSummary, honeypot } };
}
