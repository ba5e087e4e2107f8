/**
 * The process's feedback runtime as the routes use it: /healthz and POST /feedback when the database is down,
 * when it answers, and during a clean stop. The route modules are called as plain functions.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "../../../app/feedback/route";
import { GET as healthz } from "../../../app/healthz/route";
import { acquireDirectoryLock } from "../../../lib/feedback/lock";
import { openStore } from "../../../lib/feedback/store";
import { closeFeedbackStore, getFeedbackStore, WRITE_WAIT_MS } from "../../../lib/feedback/runtime";
import { answer } from "./store-support";
import { tricklingStream } from "./handler-support";

const RUNTIME = Symbol.for("careers-guide.feedback-runtime");
const saved = { ...process.env };

function post(body: string | ReadableStream<Uint8Array>, accept = "text/html") {
  return POST(
    new Request("http://localhost:3000/feedback", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body,
      ...(typeof body === "string" ? {} : { duplex: "half" }),
    } as RequestInit),
  );
}

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[RUNTIME];
});

afterEach(async () => {
  await closeFeedbackStore(1000).catch(() => {});
  delete (globalThis as Record<symbol, unknown>)[RUNTIME];
  process.env = { ...saved };
});

describe("with the database down", { timeout: 30_000 }, () => {
  beforeEach(() => {
    // Port 1 on this machine: nothing listens, so every connection is refused at once.
    process.env.DATABASE_URL = "postgres://careers:secret@127.0.0.1:1/careers";
  });

  it("GET /healthz answers 503, not cached", async () => {
    const response = await healthz();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("POST /feedback answers 503 with a page asking the reader to try again later, and never shows the password", async () => {
    const response = await post("page=%2Froles%2Fclinical-coder&kind=useful&useful=yes");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    const html = await response.text();
    expect(html).toContain("Sorry, your answer could not be saved");
    expect(html).toContain("Please try again later.");
    expect(html).not.toContain("secret");
  });

  it("POST /feedback answers 503 as JSON to the page's script", async () => {
    const response = await post("page=%2Froles%2Fclinical-coder&kind=useful&useful=yes&js=1", "application/json");
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("unavailable");
  });
});

describe("with the embedded store", { timeout: 30_000 }, () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "feedback-runtime-"));
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = dataDir;
  });
  afterEach(async () => {
    // Closed before its folder goes, so that the store does not see its lock file vanish.
    await closeFeedbackStore(1000).catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("opens on first use (creating and migrating DATA_DIR): /healthz 200 and an answer is thanked", async () => {
    expect((await healthz()).status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, "pglite", "PG_VERSION"))).toBe(true);
    const response = await post("page=%2Froles%2Fclinical-coder&kind=useful&useful=no");
    expect(response.status).toBe(303);
  });

  it("a clean stop refuses new answers with 503, closes the store and releases the folder's lock", async () => {
    expect((await healthz()).status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, "store.lock"))).toBe(true);
    await closeFeedbackStore();
    expect(fs.existsSync(path.join(dataDir, "store.lock"))).toBe(false);
    const response = await post("page=%2Froles%2Fclinical-coder&kind=useful&useful=yes");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("The site is restarting.");
    expect((await healthz()).status).toBe(503);
  });

  it("while another process holds the folder: 503 for answers and /healthz, nothing touched, and it recovers once freed", async () => {
    const other = acquireDirectoryLock(dataDir);
    try {
      expect((await post("page=%2Froles%2Fclinical-coder&kind=useful&useful=yes")).status).toBe(503);
      expect((await healthz()).status).toBe(503);
      expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(false);
    } finally {
      other.release();
    }
    // A failed open is retried after 5 s, not on every request; start afresh to see the recovery now.
    delete (globalThis as Record<symbol, unknown>)[RUNTIME];
    expect((await healthz()).status).toBe(200);
  });

  it("a clean stop does not wait for a body that trickles in: it closes at once, and that reader gets 503", async () => {
    expect((await healthz()).status).toBe(200);
    const { stream } = tricklingStream("page=%2Froles%2Fclinical-coder&kind=useful&useful=yes", 1_000);
    const answered = post(stream);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const began = Date.now();
    await closeFeedbackStore();
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(fs.existsSync(path.join(dataDir, "store.lock"))).toBe(false);
    expect((await answered).status).toBe(503);
  });

  it("a clean stop waits (at most 5 s) for the store's writes under way, and refuses new ones", async () => {
    expect(WRITE_WAIT_MS).toBe(5_000);
    const store = await getFeedbackStore();
    const writing = store.add(answer({ page: "/roles/written-during-the-stop", useful: true }));
    const closed = closeFeedbackStore();
    await expect(store.add(answer({ useful: false }))).rejects.toThrow("the process is stopping");
    await expect(writing).resolves.toBeUndefined();
    await closed;
    const reopened = await openStore({ kind: "embedded", dataDir });
    try {
      expect((await reopened.all()).map((row) => row.page)).toEqual(["/roles/written-during-the-stop"]);
    } finally {
      await reopened.close();
    }
  });

  it("once its lock is taken by another process: 503 for answers and /healthz, the reason logged, the other's lock kept", async () => {
    expect((await healthz()).status).toBe(200);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const lockFile = path.join(dataDir, "store.lock");
    const other = { pid: 999_999, started: null, hostname: "web-new", since: new Date().toISOString(), namespace: "other/pid:[1]", refreshMs: 5_000 };
    fs.writeFileSync(lockFile, JSON.stringify(other));
    expect((await post("page=%2Froles%2Fclinical-coder&kind=useful&useful=yes")).status).toBe(503);
    expect((await healthz()).status).toBe(503);
    const logged = error.mock.calls.flat().join("\n");
    expect(logged).toContain(`is no longer this process's (${lockFile} now names process 999999 on web-new`);
    expect(logged).toContain("Feedback not saved: StoreLockLostError");
    await closeFeedbackStore();
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8"))).toEqual(other);
    error.mockRestore();
  });
});
