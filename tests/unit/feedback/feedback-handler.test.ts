import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/lib/feedback/client";
import { MAX_BODY_BYTES } from "@/lib/feedback/fields";
import { handleFeedbackPost, type FeedbackDeps } from "@/lib/feedback/handler";
import { createRateLimit, type RateLimit } from "@/lib/feedback/rate-limit";
import type { Answer, FeedbackStore, StoredAnswer } from "@/lib/feedback/store";

const ROLE = "/roles/clinical-coder";
const INDUSTRY = "/industries/healthcare-informatics";
const PAGES = new Map([
  [ROLE, "Clinical Coder"],
  [INDUSTRY, "Healthcare & Informatics"],
]);
const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";
const ALLOWED_STATUSES = [303, 201, 400, 403, 413, 415, 422, 429];

interface FakeOptions {
  limit?: number;
  /** add() rejects, as when the database went away. */
  addFails?: boolean;
  /** store() rejects, as when the database cannot be reached. */
  storeFails?: boolean;
  closing?: boolean;
}

/** The handler's dependencies with an in-memory store; `stored` holds every answer add() accepted. */
function fake(options: FakeOptions = {}) {
  const stored: Answer[] = [];
  const logged: string[] = [];
  const store: FeedbackStore = {
    config: { kind: "embedded", dataDir: "/nowhere" },
    description: "a fake store",
    async add(answer) {
      if (options.addFails) throw new Error("connection terminated");
      stored.push(answer);
    },
    async all(): Promise<StoredAnswer[]> {
      return stored.map((answer, index) => ({ ...answer, id: index + 1, createdAt: new Date() }));
    },
    usefulCounts: async () => [],
    problemCounts: async () => [],
    problemReports: async () => [],
    deleteOlderThan: async () => 0,
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
    closing: () => options.closing ?? false,
    log: (message) => logged.push(message),
  };
  return { deps, stored, logged };
}

type Body = string | Uint8Array | ReadableStream<Uint8Array> | null;

function request(body: Body, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost:3000/feedback", {
    method: "POST",
    headers: { "content-type": FORM, ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const yes = form({ page: ROLE, kind: "useful", useful: "yes" });
const problem = (whatDoing: string, whatWrong: string, page = ROLE) => form({ page, kind: "problem", whatDoing, whatWrong });

/** A stream that never ends, counting the chunks read from it. */
function endlessStream(chunkBytes = 1024) {
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

describe("a reader's answer that is accepted", () => {
  it("answers the plain form's yes with 303 to the thank-you page and stores it as sent without JavaScript", async () => {
    const { deps, stored } = fake();
    const response = await handleFeedbackPost(request(yes), deps);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/feedback/thanks?page=%2Froles%2Fclinical-coder&answer=yes");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(stored).toEqual([{ page: ROLE, useful: true, whatDoing: null, whatWrong: null, javascript: false }]);
  });

  it("answers the plain form's problem report with 303 to the thank-you page for a problem", async () => {
    const { deps, stored } = fake();
    const response = await handleFeedbackPost(request(problem("Reading", "A typo", INDUSTRY)), deps);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/feedback/thanks?page=%2Findustries%2Fhealthcare-informatics&answer=problem");
    expect(stored).toEqual([{ page: INDUSTRY, useful: null, whatDoing: "Reading", whatWrong: "A typo", javascript: false }]);
  });

  it("answers the script (Accept: application/json) with 201 and JSON, and stores it as sent with JavaScript", async () => {
    const { deps, stored } = fake();
    const body = form({ page: ROLE, kind: "useful", useful: "no", js: "1" });
    const response = await handleFeedbackPost(request(body, { accept: "application/json" }), deps);
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, answer: "no" });
    expect(stored).toEqual([{ page: ROLE, useful: false, whatDoing: null, whatWrong: null, javascript: true }]);
  });

  it("accepts a JSON problem report with 201 and stores its texts with personal details removed", async () => {
    const { deps, stored } = fake();
    const body = JSON.stringify({ page: ROLE, kind: "problem", whatDoing: "Emailing jo@example.com", whatWrong: "Ring 07911 123456", js: true });
    const response = await handleFeedbackPost(request(body, { "content-type": JSON_TYPE }), deps);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true, answer: "problem" });
    expect(stored).toEqual([
      { page: ROLE, useful: null, whatDoing: "Emailing [email removed]", whatWrong: "Ring [phone number removed]", javascript: true },
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/jo@example|07911/);
  });

  it.each<[string, Record<string, string>]>([
    ["this site's Origin", { origin: "http://localhost:3000" }],
    ["Sec-Fetch-Site: same-origin", { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" }],
    ["the Host it was sent to as Origin", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }],
    ["no Origin at all (curl)", {}],
  ])("accepts a post with %s", async (_, headers) => {
    const { deps, stored } = fake();
    expect((await handleFeedbackPost(request(yes, headers), deps)).status).toBe(303);
    expect(stored).toHaveLength(1);
  });

  it("accepts a body of exactly 16 KB", async () => {
    const { deps, stored } = fake();
    const start = `${yes}&padding=`;
    const body = start + "a".repeat(MAX_BODY_BYTES - start.length);
    expect(new TextEncoder().encode(body).byteLength).toBe(MAX_BODY_BYTES);
    expect((await handleFeedbackPost(request(body), deps)).status).toBe(303);
    expect(stored).toHaveLength(1);
  });

  it("thanks a bot that filled the honeypot exactly as it thanks a person, and stores nothing", async () => {
    const person = await handleFeedbackPost(request(yes), fake().deps);
    const { deps, stored } = fake();
    const bot = await handleFeedbackPost(request(`${yes}&website=${encodeURIComponent("https://spam.example")}`), deps);
    expect(bot.status).toBe(person.status);
    expect(bot.headers.get("location")).toBe(person.headers.get("location"));
    expect(stored).toEqual([]);

    const jsonBot = await handleFeedbackPost(request(`${yes}&website=x`, { accept: JSON_TYPE }), deps);
    expect(jsonBot.status).toBe(201);
    expect(await jsonBot.json()).toEqual({ ok: true, answer: "yes" });
    expect(stored).toEqual([]);
  });
});

interface ErrorCase {
  name: string;
  status: number;
  code: string;
  body: () => Body;
  headers?: Record<string, string>;
  options?: FakeOptions;
  /** Posts made first, with the same dependencies (for the rate limit). */
  before?: number;
}

const errorCases: ErrorCase[] = [
  { name: "a post from another site's Origin", status: 403, code: "cross-site", body: () => yes, headers: { origin: "https://evil.example" } },
  { name: "a post with Sec-Fetch-Site: cross-site", status: 403, code: "cross-site", body: () => yes, headers: { "sec-fetch-site": "cross-site" } },
  { name: "a post with Origin: null", status: 403, code: "cross-site", body: () => yes, headers: { origin: "null" } },
  { name: "a text/plain body", status: 415, code: "unsupported-type", body: () => yes, headers: { "content-type": "text/plain" } },
  {
    name: "a multipart/form-data body",
    status: 415,
    code: "unsupported-type",
    body: () => `--b\r\nContent-Disposition: form-data; name="page"\r\n\r\n${ROLE}\r\n--b--\r\n`,
    headers: { "content-type": "multipart/form-data; boundary=b" },
  },
  { name: "a body without a Content-Type", status: 415, code: "unsupported-type", body: () => new TextEncoder().encode(yes), headers: { "content-type": "" } },
  {
    name: "a Content-Length over 16 KB",
    status: 413,
    code: "too-large",
    body: () => yes,
    headers: { "content-length": String(MAX_BODY_BYTES + 1) },
  },
  { name: "a body over 16 KB", status: 413, code: "too-large", body: () => `${yes}&padding=${"a".repeat(MAX_BODY_BYTES)}` },
  { name: "an endless body without a Content-Length", status: 413, code: "too-large", body: () => endlessStream().stream },
  { name: "a body that is not UTF-8", status: 400, code: "undecodable", body: () => new Uint8Array([0x70, 0x61, 0x67, 0x65, 0x3d, 0xff]) },
  { name: "a form with a malformed %-escape", status: 400, code: "undecodable", body: () => `${yes}&whatWrong=%zz` },
  { name: "a form with a truncated UTF-8 escape", status: 400, code: "undecodable", body: () => `${yes}&whatWrong=%E2%82` },
  { name: "an answer without a page", status: 400, code: "missing-page", body: () => form({ kind: "useful", useful: "yes" }) },
  { name: "an answer of an unknown kind", status: 400, code: "bad-kind", body: () => form({ page: ROLE, kind: "vote" }) },
  { name: "a useful answer that is not yes or no", status: 400, code: "bad-answer", body: () => form({ page: ROLE, kind: "useful", useful: "maybe" }) },
  { name: "an answer about an unknown page", status: 422, code: "unknown-page", body: () => form({ page: "/roles/astronaut", kind: "useful", useful: "yes" }) },
  { name: "an empty problem report", status: 422, code: "empty-report", body: () => problem(" ", "") },
  { name: "a problem report that is too long", status: 422, code: "too-long", body: () => problem("", "x".repeat(1201)) },
  { name: "the 4th post in a minute with a limit of 3", status: 429, code: "rate-limited", body: () => yes, options: { limit: 3 }, before: 3 },
  { name: "a post while the store cannot save it", status: 503, code: "unavailable", body: () => yes, options: { addFails: true } },
  { name: "a post while the store cannot be reached", status: 503, code: "unavailable", body: () => yes, options: { storeFails: true } },
  { name: "a post while the site is stopping", status: 503, code: "unavailable", body: () => yes, options: { closing: true } },
];

describe.each([
  { format: "HTML", accept: {} as Record<string, string> },
  { format: "JSON", accept: { accept: "application/json" } as Record<string, string> },
])("a refused answer, for a reader who wants $format", ({ format, accept }) => {
  it.each(errorCases)("refuses $name with $status ($code), storing nothing", async ({ status, code, body, headers, options, before }) => {
    const { deps, stored } = fake(options);
    for (let index = 0; index < (before ?? 0); index++) {
      expect((await handleFeedbackPost(request(yes, { ...accept }), deps)).status).toBe(format === "JSON" ? 201 : 303);
    }
    stored.length = 0;

    const response = await handleFeedbackPost(request(body(), { ...accept, ...headers }), deps);
    expect(response.status).toBe(status);
    expect(stored).toEqual([]);
    expect(response.headers.get("cache-control")).toBe("no-store");
    if (status === 429 || status === 503) expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    if (status === 429) expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);

    if (format === "JSON") {
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const json = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(json).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
      expect(json.error.message.length).toBeGreaterThan(10);
    } else {
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await response.text();
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain("<h1>");
    }
  });
});

describe("the pages and messages of a refusal", () => {
  it("answers a JSON body's errors in JSON even without Accept: application/json", async () => {
    const response = await handleFeedbackPost(request('{"page": 1}', { "content-type": JSON_TYPE }), fake().deps);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: { code: "bad-field", message: 'The field "page" must be text.', field: "page" } });
  });

  it.each<[string, string]>([
    ["JSON that does not parse", '{"page": '],
    ["a JSON array", "[]"],
    ["a JSON number field", JSON.stringify({ page: ROLE, kind: "useful", useful: 1 })],
  ])("refuses %s with 400", async (_, body) => {
    const { deps, stored } = fake();
    const response = await handleFeedbackPost(request(body, { "content-type": JSON_TYPE }), deps);
    expect(response.status).toBe(400);
    expect(stored).toEqual([]);
  });

  it("names the field at fault in a JSON refusal", async () => {
    const response = await handleFeedbackPost(request(problem("", "x".repeat(1300)), { accept: JSON_TYPE }), fake().deps);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: "too-long", field: "whatWrong", message: '"What went wrong?" must be 1,200 characters or fewer; it has 1,300.' },
    });
  });

  it("shows a too-long report again with the reader's words escaped, so what they typed never runs", async () => {
    const words = `<script>alert(1)</script> "quoted" & 'single' ${"x".repeat(1200)}`;
    const response = await handleFeedbackPost(request(problem("<b>bold</b>", words)), fake().deps);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<b>bold");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62; &#34;quoted&#34; &#38; &#39;single&#39;");
    expect(html).toContain("&#60;b&#62;bold&#60;/b&#62;");
    // The form again, with the box at fault marked, and a way back to the page.
    expect(html).toContain('<form method="post" action="/feedback"');
    expect(html).toContain(`value="${ROLE}"`);
    expect(html).toMatch(/id="retry-whatWrong" name="whatWrong" rows="5" aria-invalid="true"/);
    expect(html).not.toMatch(/id="retry-whatDoing"[^>]*aria-invalid/);
    expect(html).toContain(`<a href="${ROLE}">Go back to Clinical Coder</a>`);
  });

  it("escapes the page's title in the way back", async () => {
    const response = await handleFeedbackPost(request(problem("", "", INDUSTRY)), fake().deps);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(`<a href="${INDUSTRY}">Go back to Healthcare &#38; Informatics</a>`);
    expect(html).not.toContain("Healthcare & Informatics");
  });

  it("does not offer the form again for a page the site does not have, and escapes the path", async () => {
    const page = '/"><script>alert(1)</script>';
    const response = await handleFeedbackPost(request(problem("", "x".repeat(1300), page)), fake().deps);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).not.toMatch(/<script|<form/i);
    expect(html).toContain('<a href="/">Go to the home page</a>');
  });

  it("stops reading an endless body soon after 16 KB", async () => {
    const { stream, counter } = endlessStream(1024);
    const response = await handleFeedbackPost(request(stream), fake().deps);
    expect(response.status).toBe(413);
    expect(counter.cancelled).toBe(true);
    expect(counter.pulls).toBeLessThanOrEqual(MAX_BODY_BYTES / 1024 + 3);
  });

  it("refuses a declared Content-Length over 16 KB without reading the body", async () => {
    const { stream, counter } = endlessStream(1024);
    const response = await handleFeedbackPost(request(stream, { "content-length": String(1024 * 1024) }), fake().deps);
    expect(response.status).toBe(413);
    expect(counter.pulls).toBeLessThanOrEqual(1);
  });

  it("logs why the store could not save, without telling the reader the details", async () => {
    const { deps, logged } = fake({ addFails: true });
    const response = await handleFeedbackPost(request(yes, { accept: JSON_TYPE }), deps);
    expect(response.status).toBe(503);
    expect(logged.join("\n")).toContain("connection terminated");
    expect(JSON.stringify(await response.json())).not.toContain("connection terminated");
  });

  it("counts posts per client: another client is not limited by the first", async () => {
    const { deps, stored } = fake({ limit: 1 });
    const from = (peer: string) => request(yes, { [PEER_HEADER]: peer });
    expect((await handleFeedbackPost(from("203.0.113.1"), deps)).status).toBe(303);
    expect((await handleFeedbackPost(from("203.0.113.1"), deps)).status).toBe(429);
    expect((await handleFeedbackPost(from("203.0.113.2"), deps)).status).toBe(303);
    expect(stored).toHaveLength(2);
  });
});

describe("hostile and random posts", () => {
  /** A small seeded generator, so a failure can be reproduced. */
  function random(seed: number) {
    let state = seed >>> 0;
    const next = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (max: number) => Math.floor(next() * max);
    const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
    return { next, int, pick };
  }

  it("answers 200 random posts with a 2xx, 3xx or 4xx status and never fails", { timeout: 20_000 }, async () => {
    const rng = random(20_260_601);
    const contentTypes = [FORM, `${FORM}; charset=utf-8`, JSON_TYPE, "text/plain", "multipart/form-data; boundary=x", "", "application/xml", "*/*"];
    const values = [
      ROLE,
      INDUSTRY,
      "/roles/astronaut",
      "",
      "yes",
      "no",
      "useful",
      "problem",
      "😀".repeat(700),
      "x".repeat(1500),
      "<script>alert(1)</script>",
      "jo@example.com 07911 123456",
      "\u0000\r\n\u202e",
      "%ff%zz",
      "1",
    ];
    const names = ["page", "kind", "useful", "whatDoing", "whatWrong", "js", "website", "__proto__", "constructor", "", "page"];

    const randomBytes = () => Uint8Array.from({ length: rng.int(64) }, () => rng.int(256));
    const randomFields = () => {
      const valid: Array<Array<[string, string]>> = [
        [],
        [["page", rng.pick([ROLE, INDUSTRY])], ["kind", "useful"], ["useful", rng.pick(["yes", "no"])]],
        [["page", rng.pick([ROLE, INDUSTRY])], ["kind", "problem"], [rng.pick(["whatDoing", "whatWrong"]), rng.pick(values)]],
      ];
      const fields: Array<[string, string]> = [
        ...rng.pick(valid),
        ...Array.from({ length: rng.int(5) }, (): [string, string] => [rng.pick(names), rng.pick(values)]),
      ];
      if (rng.next() < 0.5) return fields.map(([name, value]) => `${encodeURIComponent(name)}=${rng.next() < 0.9 ? encodeURIComponent(value) : value}`).join("&");
      const object: Record<string, unknown> = {};
      for (const [name, value] of fields) object[name] = rng.next() < 0.85 ? value : rng.pick([1, null, true, false, [], {}]);
      return rng.next() < 0.9 ? JSON.stringify(object) : JSON.stringify(Object.values(object));
    };

    const statuses = new Map<number, number>();
    for (let index = 0; index < 200; index++) {
      const { deps, stored } = fake({ limit: rng.pick([0, 2, 100]) });
      const body = rng.next() < 0.2 ? randomBytes() : randomFields();
      const looksJson = typeof body === "string" && /^[[{]/.test(body);
      const headers: Record<string, string> = {
        "content-type": rng.next() < 0.7 ? (looksJson ? JSON_TYPE : FORM) : rng.pick(contentTypes),
      };
      if (rng.next() < 0.5) headers.accept = rng.pick(["application/json", "text/html", "*/*"]);
      if (rng.next() < 0.2) headers.origin = rng.pick(["http://localhost:3000", "https://evil.example", "null"]);
      if (rng.next() < 0.1) headers["sec-fetch-site"] = rng.pick(["same-origin", "cross-site", "none", "same-site"]);
      if (rng.next() < 0.1) headers["content-length"] = String(rng.int(MAX_BODY_BYTES * 2));
      const repeat = 1 + rng.int(4);

      for (let attempt = 0; attempt < repeat; attempt++) {
        const response = await handleFeedbackPost(request(body, headers), deps);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(ALLOWED_STATUSES, `post ${index}: ${JSON.stringify(headers)}`).toContain(response.status);
        expect(response.headers.get("cache-control")).toBe("no-store");
        const text = await response.text();
        if (response.headers.get("content-type")?.startsWith("text/html")) expect(text).not.toMatch(/<script/i);
      }
      for (const answer of stored) {
        expect(PAGES.has(answer.page)).toBe(true);
        expect(answer.useful === null).toBe(answer.whatDoing !== null || answer.whatWrong !== null);
      }
    }
    // The (seeded) generator reaches every answer: accepted ones and each kind of refusal.
    expect([...statuses.keys()].sort()).toEqual([...ALLOWED_STATUSES].sort());
  });
});
