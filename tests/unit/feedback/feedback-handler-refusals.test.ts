import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/feedback/fields";
import { handleFeedbackPost } from "@/lib/feedback/handler";
import { endlessStream, fake, form, problem, request, ROLE, yes, type Body, type FakeOptions } from "./handler-support";

/** POST /feedback (lib/feedback/handler.ts): every refusal, for a reader who wants HTML and for one who wants JSON. */

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
