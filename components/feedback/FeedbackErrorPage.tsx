import { FIELDS, type FeedbackErrorPageContent } from "@/lib/feedback/fields";
import { SITE_NAME } from "@/lib/shared";
import { SiteFooter, SiteHeader } from "@/components/site";
import styles from "./FeedbackForms.module.css";
import { ErrorSummary, ProblemForm, type ProblemFormIds } from "./ProblemForm";
import { staticMarkup } from "./static-markup";

/**
 * The page POST /feedback answers a reader without JavaScript with when it refuses an answer, with the error's
 * status code (lib/feedback/handler.ts): what went wrong, the problem form again when a report's texts were
 * refused (the page's own ProblemForm, with what the reader wrote), and the way back. A whole document, sent by
 * the route handler rather than by Next's pages (which cannot answer 422), so it has no script. It links the
 * stylesheets of a prerendered page (`stylesheets`, lib/feedback/stylesheets.ts), which style the same form and
 * the page's frame; without them it is plain HTML that any browser shows as it is.
 */
export function FeedbackErrorPage({
  title,
  message,
  back,
  retry,
  stylesheets = [],
}: FeedbackErrorPageContent & { stylesheets?: readonly string[] }) {
  const ids: ProblemFormIds = {
    whatDoing: `retry-${FIELDS.whatDoing}`,
    whatWrong: `retry-${FIELDS.whatWrong}`,
    hint: "retry-hint",
    error: "retry-error",
  };
  return (
    <html lang="en-GB">
      {/* eslint-disable-next-line @next/next/no-head-element -- a document of its own, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} | ${SITE_NAME}`}</title>
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <SiteHeader plainLinks />
        <div className="container">
          <main id="main-content" tabIndex={-1}>
            <h1>{title}</h1>
            {retry ? (
              <ProblemForm
                path={retry.page}
                ids={ids}
                errorField={retry.field ?? null}
                values={{ whatDoing: retry.whatDoing, whatWrong: retry.whatWrong }}
                errorSummary={<ErrorSummary ids={ids} error={{ field: retry.field ?? null, message }} />}
              />
            ) : (
              <p>{message}</p>
            )}
            <p className={styles.back}>
              <a href={back.href}>{back.text}</a>
            </p>
          </main>
        </div>
        <SiteFooter plainLinks />
      </body>
    </html>
  );
}

/** FeedbackErrorPage as the HTML document a route handler sends, linking `stylesheets`. */
export function feedbackErrorPageHtml(content: FeedbackErrorPageContent, stylesheets: readonly string[] = []): string {
  return `<!DOCTYPE html>\n${staticMarkup(<FeedbackErrorPage {...content} stylesheets={stylesheets} />)}\n`;
}
