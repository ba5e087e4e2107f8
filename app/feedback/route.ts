import { feedbackErrorPageHtml } from "@/components/feedback";
import {
  contentPages,
  feedbackPages,
  getFeedbackStore,
  getRateLimit,
  handleFeedbackPost,
  isClosing,
  prerenderedHtmlFile,
  prerenderedStylesheets,
  trackWrite,
  trustedProxies,
} from "@/lib/feedback";
import { getSiteUrl } from "@/lib/shared";

/**
 * POST /feedback: "Is this page useful?" and "Report a problem with this page" from every role and industry
 * page (components/feedback/FeedbackForms.tsx). The only part of the site that runs per request and writes. Other
 * methods get 405 from Next. See lib/feedback/handler.ts.
 */
export async function POST(request: Request): Promise<Response> {
  // The whole request is counted (not only its write), so a clean stop waits until its answer is ready.
  return trackWrite(() => handleFeedbackPost(request, {
    pages: feedbackPages(),
    siteUrl: getSiteUrl(),
    trustedProxies: trustedProxies(),
    store: getFeedbackStore,
    rateLimit: getRateLimit,
    track: (write) => write(),
    closing: isClosing,
    // The error pages link the stylesheets of a page that has the same form (the first content page).
    errorPage: (content) => feedbackErrorPageHtml(content, stylesheetsOf(contentPages()[0]?.path)),
    log: (message) => console.error(message),
  }));
}

const stylesheetsOf = (pagePath: string | undefined) =>
  pagePath ? prerenderedStylesheets(prerenderedHtmlFile(pagePath)) : [];
