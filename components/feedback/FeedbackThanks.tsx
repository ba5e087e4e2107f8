import type { Route } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/shared";
import { PROBLEM_FORM_ID } from "@/lib/feedback/fields";
import { homePath } from "@/lib/shared";

/**
 * The thank-you page the plain forms land on (303 from POST /feedback) when the page's script is not running.
 * `back` is the page the answer was about, when it is one of the site's; without it the page links home.
 */
export function FeedbackThanks({ answer, back }: { answer: unknown; back?: { path: string; title: string } }) {
  return (
    <>
      <PageHeading
        title="Thank you for your feedback"
        lead={
          answer === "problem"
            ? "Your report has been sent to the editors of this guide. We use reports to decide what to fix first. We cannot reply to reports."
            : "Your answer has been sent to the editors of this guide. We use answers to decide which pages to improve first."
        }
      />
      {answer === "no" && back ? (
        <p>
          If you have a moment,{" "}
          <Link href={`${back.path}#${PROBLEM_FORM_ID}` as Route}>tell us what went wrong with the page</Link> so we can
          fix it.
        </p>
      ) : null}
      <p>
        {back ? (
          <Link href={back.path as Route}>
            <span aria-hidden="true">← </span>Go back to {back.title}
          </Link>
        ) : (
          <Link href={homePath()}>Go to the home page</Link>
        )}
      </p>
    </>
  );
}
