import { DrizzleQueryError } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BODY_DEADLINE_MS } from "@/lib/feedback/body";
import { describeFailure } from "@/lib/feedback/errors";
import { handleFeedbackPost } from "@/lib/feedback/handler";
import { fake, JSON_TYPE, problem, request, tricklingStream, yes } from "./handler-support";

/**
 * POST /feedback (lib/feedback/handler.ts) with a body that trickles in, during a clean stop, and when the store
 * fails: a body has a deadline, a stop does not wait for one, and the log never holds the reader's answer.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a body that trickles in", () => {
  it("has 5 s to arrive", () => {
    expect(BODY_DEADLINE_MS).toBe(5_000);
  });

  it("past its deadline gets 408, stops being read, and nothing is stored", async () => {
    const { stream, counter } = tricklingStream(yes, 50);
    const { deps, stored } = fake({ bodyDeadlineMs: 400 });
    const began = Date.now();
    const response = await handleFeedbackPost(request(stream, { accept: JSON_TYPE }), deps);
    expect(Date.now() - began).toBeLessThan(1_500);
    expect(response.status).toBe(408);
    expect((await response.json()).error.code).toBe("too-slow");
    expect(counter.cancelled).toBe(true);
    expect(stored).toEqual([]);
  });

  it("gets an HTML page with 408 without JavaScript", async () => {
    const { stream } = tricklingStream(yes, 50);
    const response = await handleFeedbackPost(request(stream), fake({ bodyDeadlineMs: 300 }).deps);
    expect(response.status).toBe(408);
    expect(await response.text()).toContain("Your answer took too long to arrive.");
  });

  it("that arrives within its deadline is stored", async () => {
    const { stream } = tricklingStream(yes, 1);
    const { deps, stored } = fake({ bodyDeadlineMs: 5_000 });
    expect((await handleFeedbackPost(request(stream), deps)).status).toBe(303);
    expect(stored).toHaveLength(1);
  });

  it("is given up at once (503) when the process starts to stop, however long its deadline", async () => {
    const { stream, counter } = tricklingStream(yes, 1_000);
    let closing = false;
    const { deps, stored } = fake({ closing: () => closing, bodyDeadlineMs: 60_000 });
    const answer = handleFeedbackPost(request(stream, { accept: JSON_TYPE }), deps);
    await new Promise((resolve) => setTimeout(resolve, 300));
    closing = true;
    const stoppedAt = Date.now();
    const response = await answer;
    expect(Date.now() - stoppedAt).toBeLessThan(500);
    expect(response.status).toBe(503);
    expect((await response.json()).error.message).toContain("The site is restarting.");
    expect(counter.cancelled).toBe(true);
    expect(stored).toEqual([]);
  });

  it("that arrived whole after the stop began is not stored (503)", async () => {
    let closing = false;
    const { deps, stored } = fake({ closing: () => closing });
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        closing = true;
        controller.enqueue(new TextEncoder().encode(yes));
        controller.close();
      },
    });
    expect((await handleFeedbackPost(request(body), deps)).status).toBe(503);
    expect(stored).toEqual([]);
  });
});

describe("a failed write's log line", () => {
  const text = "I was looking for my NHS number 943 476 5919 and jane@example.com";

  it("names the error and its code, never the query's parameters or the reader's text", async () => {
    // What Drizzle throws: its message holds the query and every parameter, the reader's text among them.
    const cause = Object.assign(new Error(`duplicate key value violates unique constraint (page)=(${text})`), { code: "23505" });
    const failure = new DrizzleQueryError("insert into feedback (page, what_doing) values ($1, $2)", ["/roles/x", text], cause);
    expect(failure.message).toContain(text);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { deps } = fake({ addFails: failure });
    deps.log = (message) => console.error(message);

    const response = await handleFeedbackPost(request(problem(text, text)), deps);
    expect(response.status).toBe(503);
    const lines = logged.mock.calls.map((call) => call.join(" "));
    expect(lines).toEqual(["Feedback not saved: DrizzleQueryError < Error: 23505"]);
    expect(lines.join("\n")).not.toContain("jane");
    expect(lines.join("\n")).not.toContain("insert into");
  });

  it.each<[string, unknown, string]>([
    ["a named error with a code", Object.assign(new Error("x"), { name: "FeedbackStoreError", code: "23505" }), "FeedbackStoreError: 23505"],
    ["a system error", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), "Error: ECONNREFUSED"],
    ["an error without a code", new TypeError("secret text"), "TypeError"],
    ["a code that is not a code", Object.assign(new Error("x"), { code: "the reader's text" }), "Error"],
    ["a thrown string", "the reader's text", "a thrown string"],
  ])("%s: %s", (_, error, expected) => {
    expect(describeFailure(error)).toBe(expected);
  });
});
