import type { Metadata } from "next";
import { FeedbackThanks } from "@/components/feedback";
import { feedbackPages } from "@/lib/feedback";

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
  return <FeedbackThanks answer={answer} back={path ? { path, title: pages.get(path)! } : undefined} />;
}
