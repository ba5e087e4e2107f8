import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/lib/feedback/client";
import { MAX_BODY_BYTES } from "@/lib/feedback/fields";
import { handleFeedbackPost } from "@/lib/feedback/handler";
import { endlessStream, fake, form, INDUSTRY, JSON_TYPE, problem, request, ROLE, yes } from "./handler-support";

/** POST /feedback (lib/feedback/handler.ts): answers it accepts, and the pages and messages of its refusals. */

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
    expect(html).not.toMatch(/<script/i);
    // No problem form (the header's search form aside).
    expect(/<main[^]*<\/main>/.exec(html)![0]).not.toMatch(/<form/i);
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

  it("logs that the store could not save (by the error's name and code), without telling the reader the details", async () => {
    const { deps, logged } = fake({ addFails: true });
    const response = await handleFeedbackPost(request(yes, { accept: JSON_TYPE }), deps);
    expect(response.status).toBe(503);
    expect(logged).toEqual(["Feedback not saved: Error: ECONNRESET"]);
    expect(JSON.stringify(await response.json())).not.toContain("ECONNRESET");
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
