/**
 * What the tests of POST /feedback (lib/feedback/handler.ts) share: the handler's dependencies with an in-memory
 * store, and requests as a browser or a script sends them.
 */
import { feedbackErrorPageHtml } from "@/components/feedback/FeedbackErrorPage";
import type { FeedbackDeps } from "@/lib/feedback/handler";
import { createRateLimit, type RateLimit } from "@/lib/feedback/rate-limit";
import type { Answer, FeedbackStore, StoredAnswer } from "@/lib/feedback/store";

export const ROLE = "/roles/clinical-coder";
export const INDUSTRY = "/industries/healthcare-informatics";
export const PAGES = new Map([
  [ROLE, "Clinical Coder"],
  [INDUSTRY, "Healthcare & Informatics"],
]);
export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";
export const ALLOWED_STATUSES = [303, 201, 400, 403, 413, 415, 422, 429];

export interface FakeOptions {
  limit?: number;
  /** add() rejects, as when the database went away (ECONNRESET), or with the error given. */
  addFails?: boolean | Error;
  /** store() rejects, as when the database cannot be reached. */
  storeFails?: boolean;
  closing?: boolean | (() => boolean);
  /** How long the body may take to arrive. */
  bodyDeadlineMs?: number;
}

/** The handler's dependencies with an in-memory store; `stored` holds every answer add() accepted. */
export function fake(options: FakeOptions = {}) {
  const stored: Answer[] = [];
  const logged: string[] = [];
  const store: FeedbackStore = {
    config: { kind: "embedded", dataDir: "/nowhere" },
    description: "a fake store",
    async add(answer) {
      if (options.addFails instanceof Error) throw options.addFails;
      if (options.addFails) throw Object.assign(new Error("connection terminated"), { code: "ECONNRESET" });
      stored.push(answer);
    },
    async addAll(answers) {
      stored.push(...answers);
      return answers.length;
    },
    async all(): Promise<StoredAnswer[]> {
      return stored.map((answer, index) => ({ ...answer, id: index + 1, createdAt: new Date() }));
    },
    usefulCounts: async () => [],
    problemCounts: async () => [],
    problemReports: async () => [],
    deleteOlderThan: async () => 0,
    countSearchMiss: async () => true,
    searchMisses: async () => [],
    searchMissDays: async () => [],
    deleteSearchMissesThrough: async () => 0,
    async ping() {},
    async close() {},
  };
  let limiter: RateLimit | undefined;
  const deps: FeedbackDeps = {
    pages: PAGES,
    siteUrl: new URL("http://localhost:3000"),
    trustedProxies: new Set(),
    store: async () => {
      if (options.storeFails) throw new Error("ECONNREFUSED");
      return store;
    },
    rateLimit: () => (limiter ??= createRateLimit(options.limit ?? 100)),
    track: (write) => write(),
    closing: typeof options.closing === "function" ? options.closing : () => Boolean(options.closing),
    ...(options.bodyDeadlineMs === undefined ? {} : { bodyDeadlineMs: options.bodyDeadlineMs }),
    errorPage: feedbackErrorPageHtml,
    log: (message) => logged.push(message),
  };
  return { deps, stored, logged };
}

export type Body = string | Uint8Array | ReadableStream<Uint8Array> | null;

export function request(body: Body, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost:3000/feedback", {
    method: "POST",
    headers: { "content-type": FORM, ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const yes = form({ page: ROLE, kind: "useful", useful: "yes" });
export const problem = (whatDoing: string, whatWrong: string, page = ROLE) => form({ page, kind: "problem", whatDoing, whatWrong });

/** A body that trickles in: one chunk of `text` every `everyMs`, as from a reader on a very slow connection. */
export function tricklingStream(text: string, everyMs: number) {
  const bytes = new TextEncoder().encode(text);
  const counter = { sent: 0, cancelled: false };
  let timer: NodeJS.Timeout | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      timer = setInterval(() => {
        if (counter.sent >= bytes.length) {
          clearInterval(timer);
          controller.close();
          return;
        }
        controller.enqueue(bytes.slice(counter.sent, counter.sent + 1));
        counter.sent++;
      }, everyMs);
    },
    cancel() {
      counter.cancelled = true;
      clearInterval(timer);
    },
  });
  return { stream, counter };
}

/** A stream that never ends, counting the chunks read from it. */
export function endlessStream(chunkBytes = 1024) {
  const counter = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulls++;
      controller.enqueue(new TextEncoder().encode("a".repeat(chunkBytes)));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}
