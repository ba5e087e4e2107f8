import { SITE_NAME } from "../shared";
import { FIELDS, MAX_TEXT_CHARACTERS } from "./fields";

/**
 * The plain pages a feedback POST answers with when it cannot thank the reader (no JavaScript): an HTML page
 * with the status code, built here rather than by React because a route handler sends it. No script; styled
 * by /feedback.css (public/) so it looks like the rest of the guide. Every value is escaped.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface PlainPage {
  title: string;
  paragraphs: string[];
  back: { href: string; text: string };
  /** A problem report refused for its texts: the form again, filled in with what the reader wrote. */
  retry?: { page: string; whatDoing: string; whatWrong: string; field?: string };
}

export function renderPlainPage({ title, paragraphs, back, retry }: PlainPage): string {
  const e = escapeHtml;
  const retryForm = retry
    ? `
      <form method="post" action="/feedback" class="form" novalidate>
        <input type="hidden" name="${FIELDS.page}" value="${e(retry.page)}">
        <input type="hidden" name="${FIELDS.kind}" value="problem">
        <p class="hint">Do not include personal details such as your name, email address or phone number. Any we find are removed before your report is stored. You can enter up to ${MAX_TEXT_CHARACTERS.toLocaleString("en-GB")} characters in each box.</p>
        ${textarea(FIELDS.whatDoing, "What were you doing?", retry.whatDoing, retry.field === FIELDS.whatDoing)}
        ${textarea(FIELDS.whatWrong, "What went wrong?", retry.whatWrong, retry.field === FIELDS.whatWrong)}
        <button type="submit" class="button">Send</button>
      </form>`
    : "";
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${e(title)} | ${e(SITE_NAME)}</title>
  <link rel="stylesheet" href="/feedback.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="header"><div class="width"><a class="header__name" href="/">${e(SITE_NAME)}</a></div></header>
  <div class="width">
    <main id="main-content" tabindex="-1">
      <h1>${e(title)}</h1>
      ${paragraphs.map((text) => `<p${retry ? ' class="error-message"' : ""}>${e(text)}</p>`).join("\n      ")}
      ${retryForm}
      <p><a href="${e(back.href)}">${e(back.text)}</a></p>
    </main>
  </div>
</body>
</html>
`;
}

function textarea(name: string, label: string, value: string, invalid: boolean): string {
  const e = escapeHtml;
  return `<div class="field${invalid ? " field--error" : ""}">
          <label for="retry-${name}">${e(label)}</label>
          <textarea id="retry-${name}" name="${name}" rows="5"${invalid ? ' aria-invalid="true"' : ""}>${e(value)}</textarea>
        </div>`;
}
