import { thanksPath } from "./fields";
import { clientAddress, clientKey, isCrossSite } from "./client";
import { renderPlainPage } from "./plain-page";
import type { RateLimit } from "./rate-limit";
import type { FeedbackStore } from "./store";
import { bodyType, decodeBody, FIELDS, MAX_BODY_BYTES, parseAnswer, type Refusal } from "./validate";

/**
 * POST /feedback, as a plain function of a Request and its dependencies, so every path through it is unit
 * tested without a server. The route (app/feedback/route.ts) supplies the real store, rate limit and pages.
 *
 * Two kinds of client: the plain HTML form (no JavaScript) gets a 303 to the thank-you page, or a plain HTML
 * page with the error status; the page's script (it sends `Accept: application/json`) gets JSON. Nothing is
 * stored unless every check passes, and the reader is thanked only after the row is committed.
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
  log?(message: string): void;
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

export async function handleFeedbackPost(request: Request, deps: FeedbackDeps): Promise<Response> {
  const headers = request.headers;
  const wantsJson =
    (headers.get("accept") ?? "").includes("application/json") || bodyType(headers.get("content-type")) === "json";
  let page: string | undefined = undefined;
  let retry: { whatDoing: string; whatWrong: string } | undefined;

  const fail = (failure: Failure): Response => {
    const responseHeaders = { ...NO_STORE, ...failure.headers };
    if (wantsJson) {
      return Response.json(
        { ok: false, error: { code: failure.code, message: failure.message, ...(failure.field ? { field: failure.field } : {}) } },
        { status: failure.status, headers: responseHeaders },
      );
    }
    const known = page !== undefined && deps.pages.has(page);
    const html = renderPlainPage({
      title: failure.title,
      paragraphs: [failure.message],
      back: known ? { href: page!, text: `Go back to ${deps.pages.get(page!)}` } : { href: "/", text: "Go to the home page" },
      ...(known && retry && failure.status === 422 ? { retry: { page: page!, ...retry, field: failure.field } } : {}),
    });
    return new Response(html, {
      status: failure.status,
      headers: { ...responseHeaders, "Content-Type": "text/html; charset=utf-8" },
    });
  };
  const refused = (refusal: Refusal) =>
    fail({
      status: refusal.status,
      code: refusal.code,
      title: refusal.status === 422 ? "There is a problem with your answer" : "Your answer could not be sent",
      message: refusal.message,
      field: refusal.field,
    });
  const unavailable = (message: string) =>
    fail({
      status: 503,
      code: "unavailable",
      title: "Sorry, your answer could not be saved",
      message: `${message} Please try again later.`,
      headers: { "Retry-After": "60" },
    });

  if (deps.closing()) return unavailable("The site is restarting.");
  if (isCrossSite(headers, deps.siteUrl)) {
    return fail({
      status: 403,
      code: "cross-site",
      title: "Your answer could not be sent",
      message: "Answers can only be sent from this site's own pages.",
    });
  }

  let store: FeedbackStore;
  try {
    store = await deps.store();
  } catch (error) {
    deps.log?.(`Feedback store unavailable: ${(error as Error).message}`);
    return unavailable("We could not reach the place where answers are kept.");
  }

  const decision = await deps.rateLimit(store).consume(clientKey(clientAddress(headers, deps.trustedProxies)));
  if (!decision.allowed) {
    return fail({
      status: 429,
      code: "rate-limited",
      title: "Too many answers",
      message: `You have sent a lot of answers in a short time. Wait ${decision.retryAfterSeconds} seconds, then try again.`,
      headers: { "Retry-After": String(decision.retryAfterSeconds) },
    });
  }

  const type = bodyType(headers.get("content-type"));
  if (type === null) {
    return fail({
      status: 415,
      code: "unsupported-type",
      title: "Your answer could not be sent",
      message: "Answers must be sent as a form (application/x-www-form-urlencoded) or as JSON (application/json).",
    });
  }
  const tooLarge = () =>
    fail({
      status: 413,
      code: "too-large",
      title: "Your answer is too long",
      message: `An answer can be at most ${MAX_BODY_BYTES / 1024} KB. Shorten what you wrote and send it again.`,
    });
  const declared = Number(headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const bytes = await readLimited(request, MAX_BODY_BYTES);
  if (bytes === null) return tooLarge();

  const fields = decodeBody(bytes, type);
  if (!(fields instanceof Map)) return refused(fields);
  page = fields.get(FIELDS.page);
  if (fields.get(FIELDS.kind) === "problem") {
    retry = { whatDoing: fields.get(FIELDS.whatDoing) ?? "", whatWrong: fields.get(FIELDS.whatWrong) ?? "" };
  }
  const javascript = (fields.get(FIELDS.javascript) ?? "") !== "";
  const parsed = parseAnswer(fields, new Set(deps.pages.keys()), javascript);
  if (!parsed.ok) return refused(parsed);

  const answer = parsed.answer.useful === null ? "problem" : parsed.answer.useful ? "yes" : "no";
  const thanked = () =>
    wantsJson
      ? Response.json({ ok: true, answer }, { status: 201, headers: NO_STORE })
      : new Response(null, { status: 303, headers: { ...NO_STORE, Location: thanksPath(parsed.answer.page, answer) } });

  // A bot filled in the hidden field: it gets the same answer as a person, and nothing is stored.
  if (parsed.honeypot) return thanked();

  try {
    await deps.track(() => store.add(parsed.answer));
  } catch (error) {
    deps.log?.(`Feedback not saved: ${(error as Error).message}`);
    return unavailable("We could not save your answer.");
  }
  return thanked();
}

/** The body's bytes, or null as soon as it passes `limit` (the rest is not read). */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
