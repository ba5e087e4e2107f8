import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/feedback/fields";
import { handleFeedbackPost } from "@/lib/feedback/handler";
import { ALLOWED_STATUSES, fake, FORM, INDUSTRY, JSON_TYPE, PAGES, request, ROLE } from "./handler-support";

/** POST /feedback (lib/feedback/handler.ts) under hostile and random input: it never fails and never stores nonsense. */

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
