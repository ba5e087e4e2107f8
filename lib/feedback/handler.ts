import { FIELDS, MAX_BODY_BYTES, thanksPath, type FeedbackErrorPageContent, type ProblemField } from "./fields";
import { readBody } from "./body";
import { clientAddress, clientKey, isCrossSite } from "./client";
import { describeFailure } from "./errors";
import type { RateLimit } from "./rate-limit";
import type { FeedbackStore } from "./store";
import { bodyType, decodeBody, parseAnswer, type Refusal } from "./validate";

/**
 * POST /feedback, as a plain function of a Request and its dependencies, so every path through it is unit
 * tested without a server. The route (app/feedback/route.ts) supplies the real store, rate limit and pages.
 *
 * Two kinds of client: the plain HTML form (no JavaScript) gets a 303 to the thank-you page, or an HTML page with
 * the error status (deps.errorPage: the page's own problem form again when a report's texts were refused); the
 * page's script (it sends `Accept: application/json`) gets JSON. Nothing is stored unless every check passes,
 * and the reader is thanked only after the row is committed. The body must arrive within a deadline (408 if
 * not), and a body still arriving when the process starts to stop gets 503 at once (lib/feedback/body.ts). A failed
 * write is logged by its error's name and code only: the message of a failed query holds the reader's answer.
 */

export interface FeedbackDeps {
  /** Path → title of every page the site has that takes feedback. */
  pages: ReadonlyMap<string, string>;
  siteUrl: URL;
  trustedProxies: ReadonlySet<string>;
  /** Opens (once) and returns the store; rejects when the database cannot be reached. */
  store(): Promise<FeedbackStore>;
  rateLimit(store: FeedbackStore): RateLimit;
  /** Runs a write so that a clean stop waits for it. */
  track<T>(write: () => Promise<T>): Promise<T>;
  /** True once the process is stopping: new answers are refused with 503. */
  closing(): boolean;
  /** The HTML document of a refusal, for a reader without JavaScript (components/feedback/FeedbackErrorPage.tsx). */
  errorPage(content: FeedbackErrorPageContent): string;
  log?(message: string): void;
  /** How long the body may take to arrive (default BODY_DEADLINE_MS, 5 s). */
  bodyDeadlineMs?: number;
}

const NO_STORE = { "Cache-Control": "no-store" };

interface Failure {
  status: number;
  code: string;
  title: string;
  message: string;
  field?: string;
  headers?: Record<string, string>;
}

/** What is known of the request when it is refused: how the client wants the answer, and what it sent. */
interface Asked {
  wantsJson: boolean;
  page?: string;
  /** The texts of a problem report, to fill the form in again. */
  retry?: { whatDoing: string; whatWrong: string };
}

export async function handleFeedbackPost(request: Request, deps: FeedbackDeps): Promise<Response> {
  const headers = request.headers;
  const asked: Asked = {
    wantsJson: (headers.get("accept") ?? "").includes("application/json") || bodyType(headers.get("content-type")) === "json",
  };
  const fail = (failure: Failure) => failureResponse(failure, asked, deps);

  if (deps.closing()) return fail(unavailable("The site is restarting."));
  if (isCrossSite(headers, deps.siteUrl)) return fail(CROSS_SITE);

  let store: FeedbackStore;
  try {
    store = await deps.store();
  } catch (error) {
    deps.log?.(`Feedback store unavailable: ${(error as Error).message}`);
    return fail(unavailable("We could not reach the place where answers are kept."));
  }

  const decision = await deps.rateLimit(store).consume(clientKey(clientAddress(headers, deps.trustedProxies)));
  if (!decision.allowed) return fail(rateLimited(decision.retryAfterSeconds));

  const fields = await readFields(request, deps);
  if (!(fields instanceof Map)) return fail(fields);
  asked.page = fields.get(FIELDS.page);
  if (fields.get(FIELDS.kind) === "problem") {
    asked.retry = { whatDoing: fields.get(FIELDS.whatDoing) ?? "", whatWrong: fields.get(FIELDS.whatWrong) ?? "" };
  }
  const javascript = (fields.get(FIELDS.javascript) ?? "") !== "";
  const parsed = parseAnswer(fields, new Set(deps.pages.keys()), javascript);
  if (!parsed.ok) return fail(refused(parsed));

  const answer = parsed.answer.useful === null ? "problem" : parsed.answer.useful ? "yes" : "no";
  const thanked = () =>
    asked.wantsJson
      ? Response.json({ ok: true, answer }, { status: 201, headers: NO_STORE })
      : new Response(null, { status: 303, headers: { ...NO_STORE, Location: thanksPath(parsed.answer.page, answer) } });

  // A bot filled in the hidden field: it gets the same answer as a person, and nothing is stored.
  if (parsed.honeypot) return thanked();
  if (deps.closing()) return fail(unavailable("The site is restarting."));

  try {
    await deps.track(() => store.add(parsed.answer));
  } catch (error) {
    deps.log?.(`Feedback not saved: ${describeFailure(error)}`);
    return fail(unavailable("We could not save your answer."));
  }
  return thanked();
}

/** The body's fields, or the refusal of a body of another type, too long, too slow or not decodable. */
async function readFields(request: Request, deps: FeedbackDeps): Promise<Map<string, string> | Failure> {
  const type = bodyType(request.headers.get("content-type"));
  if (type === null) return UNSUPPORTED_TYPE;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return TOO_LARGE;
  const body = await readBody(request, MAX_BODY_BYTES, { deadlineMs: deps.bodyDeadlineMs, stopping: deps.closing });
  if (!body.ok) return body.why === "too-large" ? TOO_LARGE : body.why === "too-slow" ? TOO_SLOW : unavailable("The site is restarting.");
  const fields = decodeBody(body.bytes, type);
  return fields instanceof Map ? fields : refused(fields);
}

/** A refusal in JSON for the script, or as an HTML page with the same status for the plain form. */
function failureResponse(failure: Failure, asked: Asked, deps: FeedbackDeps): Response {
  const headers = { ...NO_STORE, ...failure.headers };
  if (asked.wantsJson) {
    return Response.json(
      { ok: false, error: { code: failure.code, message: failure.message, ...(failure.field ? { field: failure.field } : {}) } },
      { status: failure.status, headers },
    );
  }
  const page = asked.page !== undefined && deps.pages.has(asked.page) ? asked.page : undefined;
  const html = deps.errorPage({
    title: failure.title,
    message: failure.message,
    back: page ? { href: page, text: `Go back to ${deps.pages.get(page)}` } : { href: "/", text: "Go to the home page" },
    ...(page && asked.retry && failure.status === 422 ? { retry: { page, ...asked.retry, field: problemField(failure.field) } } : {}),
  });
  return new Response(html, { status: failure.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

const problemField = (field: string | undefined): ProblemField | undefined =>
  field === FIELDS.whatDoing || field === FIELDS.whatWrong ? field : undefined;

const refused = (refusal: Refusal): Failure => ({
  status: refusal.status,
  code: refusal.code,
  title: refusal.status === 422 ? "There is a problem with your answer" : "Your answer could not be sent",
  message: refusal.message,
  field: refusal.field,
});

const unavailable = (message: string): Failure => ({
  status: 503,
  code: "unavailable",
  title: "Sorry, your answer could not be saved",
  message: `${message} Please try again later.`,
  headers: { "Retry-After": "60" },
});

const rateLimited = (seconds: number): Failure => ({
  status: 429,
  code: "rate-limited",
  title: "Too many answers",
  message: `You have sent a lot of answers in a short time. Wait ${seconds} seconds, then try again.`,
  headers: { "Retry-After": String(seconds) },
});

const CROSS_SITE: Failure = {
  status: 403,
  code: "cross-site",
  title: "Your answer could not be sent",
  message: "Answers can only be sent from this site's own pages.",
};

const UNSUPPORTED_TYPE: Failure = {
  status: 415,
  code: "unsupported-type",
  title: "Your answer could not be sent",
  message: "Answers must be sent as a form (application/x-www-form-urlencoded) or as JSON (application/json).",
};

const TOO_SLOW: Failure = {
  status: 408,
  code: "too-slow",
  title: "Your answer could not be sent",
  message: "Your answer took too long to arrive. Check your connection, then send it again.",
};

const TOO_LARGE: Failure = {
  status: 413,
  code: "too-large",
  title: "Your answer is too long",
  message: `An answer can be at most ${MAX_BODY_BYTES / 1024} KB. Shorten what you wrote and send it again.`,
};
