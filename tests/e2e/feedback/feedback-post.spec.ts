/**
 * Readers' feedback end to end, against the production build. The server trusts X-Forwarded-For from 127.0.0.1
 * (playwright.config.ts), so each test posts as a client of its own and the rate limit of one test never touches
 * another.
 *
 * This file: POST /feedback's answers to bad input and abuse, GET /healthz, and the content pages that carry the
 * forms staying prerendered and cacheable.
 */
import { expect, test } from "@playwright/test";
import { clientFor } from "../support/clients";
import { CONTENT_PAGES, ROLE } from "./feedback-support";

test.describe("POST /feedback answers bad input and abuse without storing anything", () => {
  const form = "application/x-www-form-urlencoded";
  const valid = `page=${encodeURIComponent(ROLE.path)}&kind=useful&useful=yes`;
  const cases: { name: string; headers?: Record<string, string>; body: string | Buffer; status: number }[] = [
    { name: "an unknown page", body: "page=%2Froles%2Fnope&kind=useful&useful=yes", status: 422 },
    { name: "a page off the site", body: "page=https%3A%2F%2Fevil.example%2F&kind=useful&useful=yes", status: 422 },
    { name: "a bad answer value", body: `page=${encodeURIComponent(ROLE.path)}&kind=useful&useful=maybe`, status: 400 },
    { name: "a missing page", body: "kind=useful&useful=yes", status: 400 },
    { name: "no fields at all", body: "", status: 400 },
    { name: "an empty problem report", body: `page=${encodeURIComponent(ROLE.path)}&kind=problem&whatDoing=&whatWrong=`, status: 422 },
    { name: "a text over 1,200 characters", body: `page=${encodeURIComponent(ROLE.path)}&kind=problem&whatWrong=${"z".repeat(1201)}`, status: 422 },
    { name: "undecodable bytes", body: Buffer.from([0x70, 0x61, 0x67, 0x65, 0x3d, 0xff, 0xfe]), status: 400 },
    { name: "a malformed %-escape", body: "page=%E0%A4%A&kind=useful&useful=yes", status: 400 },
    { name: "a wrong content type", headers: { "Content-Type": "text/plain" }, body: valid, status: 415 },
    { name: "multipart", headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: "--x--", status: 415 },
    { name: "a body over 16 KB", body: `${valid}&whatWrong=${"a".repeat(17 * 1024)}`, status: 413 },
    { name: "a cross-site Origin", headers: { Origin: "https://evil.example" }, body: valid, status: 403 },
    { name: "Sec-Fetch-Site: cross-site", headers: { "Sec-Fetch-Site": "cross-site" }, body: valid, status: 403 },
  ];

  for (const { name, headers, body, status } of cases) {
    for (const json of [false, true]) {
      test(`${name}: ${status}, as ${json ? "JSON" : "a plain page"}`, async ({ request }, info) => {
        const response = await request.post("/feedback", {
          headers: {
            "Content-Type": form,
            "X-Forwarded-For": clientFor(info),
            ...(json ? { Accept: "application/json" } : {}),
            ...headers,
          },
          data: body,
          maxRedirects: 0,
        });
        expect(response.status()).toBe(status);
        expect(response.headers()["cache-control"]).toBe("no-store");
        if (json) {
          const answer = await response.json();
          expect(answer.ok).toBe(false);
          expect(answer.error.message).toEqual(expect.any(String));
        } else {
          expect(response.headers()["content-type"]).toMatch(/^text\/html/);
          const html = await response.text();
          expect(html).not.toMatch(/<script/i);
          expect(html).toContain("<h1>");
        }
      });
    }
  }

  test("only POST: GET gets 405", async ({ request }) => {
    expect((await request.get("/feedback")).status()).toBe(405);
  });

  test("the honeypot: a bot gets the same 303 as a person", async ({ request }, info) => {
    const response = await request.post("/feedback", {
      headers: { "Content-Type": form, "X-Forwarded-For": clientFor(info) },
      data: `${valid}&website=http%3A%2F%2Fspam.example`,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/feedback/thanks?page=${encodeURIComponent(ROLE.path)}&answer=yes`);
  });

  test("over 10 posts a minute from one client: 429 with Retry-After; another client is unaffected", async ({ request }, info) => {
    const post = (client: string) =>
      request.post("/feedback", {
        headers: { "Content-Type": form, "X-Forwarded-For": client, Accept: "application/json" },
        data: valid,
      });
    const statuses: number[] = [];
    for (let n = 0; n < 11; n++) statuses.push((await post(clientFor(info, "busy"))).status());
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    const limited = await post(clientFor(info, "busy"));
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await post(clientFor(info, "quiet"))).status()).toBe(201);
  });

  test("a spoofed X-Forwarded-For from an untrusted peer does not dodge the limit", async ({ request }, info) => {
    // The peer 127.0.0.1 is trusted, so the right-most address is the client; left-hand entries are the
    // client's own words and rotating them changes nothing.
    const client = clientFor(info);
    const statuses: number[] = [];
    for (let n = 0; n < 11; n++) {
      const response = await request.post("/feedback", {
        headers: { "Content-Type": form, "X-Forwarded-For": `203.0.113.${n}, ${client}`, Accept: "application/json" },
        data: valid,
      });
      statuses.push(response.status());
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

test("GET /healthz answers 200 while the store answers, and is never cached", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("content pages stay prerendered and cacheable with the forms on them, and set no cookie", async ({ request }) => {
  for (const { path } of CONTENT_PAGES) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=31536000/);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
    const html = await response.text();
    expect(html, path).toContain('action="/feedback"');
  }
});
