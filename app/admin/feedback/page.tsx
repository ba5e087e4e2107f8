import type { Metadata } from "next";
import { FeedbackInbox, FeedbackInboxUnavailable } from "@/components/admin";
import { PageHeading } from "@/components/shared";
import { readInbox, requireEditor } from "@/lib/admin";
import { contentPages, getFeedbackStore } from "@/lib/feedback";

/**
 * The editors' inbox: readers' answers per content page, the searches that found nothing, and the problem reports.
 * Private: proxy.ts asks for the editors' password before any /admin request reaches this page, and the page checks
 * again (requireEditor). Rendered per request, never cached (docs/admin.md).
 */
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Feedback from readers",
  robots: { index: false, follow: false },
};

export default async function FeedbackInboxPage({ searchParams }: PageProps<"/admin/feedback">) {
  await requireEditor();
  const pages = contentPages();
  const { page } = await searchParams;
  const chosen = typeof page === "string" && pages.some((each) => each.path === page) ? page : undefined;

  let inbox;
  try {
    inbox = await readInbox(await getFeedbackStore(), pages, { page: chosen });
  } catch {
    return (
      <>
        <PageHeading title="Feedback from readers" />
        <FeedbackInboxUnavailable />
      </>
    );
  }
  return (
    <>
      <PageHeading
        title="Feedback from readers"
        lead="What readers said at the end of each role and industry page. Only the guide's editors can see this page."
      />
      <FeedbackInbox pages={pages} chosen={chosen} summary={inbox.summary} reports={inbox.reports} searchMisses={inbox.searchMisses} />
    </>
  );
}
