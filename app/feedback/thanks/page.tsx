import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/site";
import { PROBLEM_FORM_ID } from "@/lib/feedback";
import { feedbackPages } from "@/lib/feedback";
import { homePath } from "@/lib/shared";

/**
 * Where the plain HTML feedback forms land (303 from POST /feedback) when the page's script is not running.
 * `page` says which page to go back to; only pages of the site are linked, anything else links home.
 */
export const metadata: Metadata = {
  title: "Thank you for your feedback",
  robots: { index: false },
};

export default async function FeedbackThanksPage({ searchParams }: PageProps<"/feedback/thanks">) {
  const { page, answer } = await searchParams;
  const pages = feedbackPages();
  const path = typeof page === "string" && pages.has(page) ? page : undefined;
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
      {answer === "no" && path ? (
        <p>
          If you have a moment, <Link href={`${path}#${PROBLEM_FORM_ID}` as never}>tell us what went wrong with the page</Link>{" "}
          so we can fix it.
        </p>
      ) : null}
      <p>
        {path ? (
          <Link href={path as never}>
            <span aria-hidden="true">← </span>Go back to {pages.get(path)}
          </Link>
        ) : (
          <Link href={homePath()}>Go to the home page</Link>
        )}
      </p>
    </>
  );
}
