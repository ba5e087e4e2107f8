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
  trustedProxies,
} from "@/lib/feedback";
import { getSiteUrl } from "@/lib/shared";

/**
 * POST /feedback: "Is this page useful?" and "Report a problem with this page" from every role and industry
 * page (components/feedback/FeedbackForms.tsx). The only part of the site that runs per request and writes. Other
 * methods get 405 from Next. See lib/feedback/handler.ts.
 */
export async function POST(request: Request): Promise<Response> {
  // A clean stop waits for the store's writes only, never for a body still arriving (lib/feedback/runtime.ts).
  return handleFeedbackPost(request, {
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
  });
}

const stylesheetsOf = (pagePath: string | undefined) =>
  pagePath ? prerenderedStylesheets(prerenderedHtmlFile(pagePath)) : [];
