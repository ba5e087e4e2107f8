import type { Page } from "@playwright/test";

/**
 * Collects what a clean page must not show, from the moment it starts loading: console errors, uncaught page
 * errors and Content-Security-Policy violations (Chromium reports those on the console too, which is how they
 * are seen in sandboxed non-HTML documents, where no script of the test's can run).
 *
 * The one error expected is a 404 page's own "Failed to load resource: … 404" for its document: the test checks
 * the status it expects separately. Any other resource that fails to load is a problem.
 *
 * `violationEvents` also listens for `securitypolicyviolation` events, through a script the test adds to every
 * document. Leave it off for documents the non-HTML policy sandboxes: Chromium blocks that script there and says
 * so on the console (the console reports every violation anyway).
 */
export async function watchForProblems(page: Page, { violationEvents = true } = {}): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    const url = message.location().url;
    if (/^Failed to load resource: .* 404/.test(message.text()) && url && url === page.url()) return;
    if (message.type() === "error" || /content security policy|permissions-policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()} (${url})`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  if (!violationEvents) return problems;
  await page.exposeFunction("__reportCspViolation", (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
}
