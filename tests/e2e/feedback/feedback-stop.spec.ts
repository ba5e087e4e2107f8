/**
 * A clean stop with a reader's upload still trickling in (lib/feedback/start.ts, body.ts, runtime.ts): a
 * production server of this spec's own (`next start` on the shared build, its own port and DATA_DIR) gets a
 * POST /feedback whose body arrives one byte a second, then SIGTERM, as a container runtime sends it. The process
 * must exit within 10 s (the runtime's default grace before SIGKILL), with the store closed and its lock file
 * gone, so that the next start on the same folder takes an answer at once (no stale lock to wait out).
 */
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { start, stop, waitForHttp, type Started } from "../../../scripts/harness/processes";
import { clientFor, sendRaw } from "../support/clients";
import { ROLE } from "./feedback-support";

const NEXT_BIN = require.resolve("next/dist/bin/next");
/** A container runtime's default grace between SIGTERM and SIGKILL. */
const GRACE_MS = 10_000;

test.describe.configure({ mode: "serial" });

let dataDir: string;
/** A spare port, the same for both starts. */
let PORT: number;
let BASE: string;
const servers: Started[] = [];

function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  fs.mkdirSync("test-results", { recursive: true });
  dataDir = fs.mkdtempSync(path.resolve("test-results", "e2e-data-stop-"));
  PORT = await sparePort();
  BASE = `http://127.0.0.1:${PORT}`;
});

test.afterAll(async () => {
  for (const server of servers) await stop(server);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startServer(name: string): Promise<{ server: Started; ms: number }> {
  const began = Date.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_MANUAL_SIG_HANDLE: "true",
    TRUSTED_PROXIES: "127.0.0.1,::1",
    DATABASE_URL: "",
    DATA_DIR: dataDir,
  };
  // The main build, whatever this worker's environment says.
  for (const unset of ["NEXT_DIST_DIR", "CONTENT_DIR", "PORT"]) delete env[unset];
  const server = start(name, process.execPath, [NEXT_BIN, "start", "-p", String(PORT), "-H", "127.0.0.1"], { env });
  servers.push(server);
  await waitForHttp(`${BASE}/robots.txt`, server, 90_000);
  return { server, ms: Date.now() - began };
}

/** Sends SIGTERM to the server process alone (as a container runtime does) and times its exit. */
async function terminate(server: Started): Promise<number> {
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  const began = Date.now();
  process.kill(server.child.pid!, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  return Date.now() - began;
}

/** A POST /feedback whose body of `body.length` bytes arrives one byte a second; resolves with what became of it. */
function tricklingPost(body: string, xff: string) {
  let timer: NodeJS.Timeout | undefined;
  let sent = 0;
  const outcome = new Promise<string>((resolve) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: "/feedback",
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body.length), "X-Forwarded-For": xff },
      },
      (response) => {
        response.resume();
        resolve(`answered ${response.statusCode}`);
      },
    );
    request.on("error", (error) => resolve(`connection ended (${(error as NodeJS.ErrnoException).code ?? error.message})`));
    request.flushHeaders();
    timer = setInterval(() => {
      if (sent < body.length) request.write(body[sent++]);
    }, 1_000);
  }).finally(() => clearInterval(timer));
  return { outcome, sent: () => sent };
}

const answer = `page=${encodeURIComponent(ROLE.path)}&kind=useful&useful=yes`;

test("SIGTERM during a trickling upload: the process exits within 10 s, the lock is released, and the next start takes an answer at once", async () => {
  const info = test.info();
  test.setTimeout(240_000);
  const lockFile = path.join(dataDir, "store.lock");
  const first = await startServer("next start (before SIGTERM)");
  await expect.poll(async () => (await sendRaw(BASE, { path: "/healthz" })).status, { timeout: 30_000 }).toBe(200);
  expect(fs.existsSync(lockFile)).toBe(true);

  const upload = tricklingPost(answer, clientFor(info, "trickle"));
  await expect.poll(upload.sent, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  const stopMs = await terminate(first.server);
  const upshot = await Promise.race([upload.outcome, new Promise<string>((resolve) => setTimeout(() => resolve("no answer"), 2_000))]);
  info.annotations.push({ type: "stop", description: `exited ${stopMs} ms after SIGTERM; the trickling upload: ${upshot}` });
  expect(first.server.child.exitCode ?? first.server.child.signalCode, first.server.output()).not.toBeNull();
  expect(stopMs, first.server.output()).toBeLessThan(GRACE_MS);
  expect(first.server.child.signalCode, "ended by its own exit, not a signal").toBeNull();
  expect(fs.existsSync(lockFile), "the lock file is removed").toBe(false);
  expect(upshot).not.toBe("answered 303");

  const second = await startServer("next start (after SIGTERM)");
  const thanked = await sendRaw(BASE, {
    path: "/feedback",
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": clientFor(info, "after") },
    body: answer,
  });
  info.annotations.push({ type: "restart", description: `served ${second.ms} ms after starting; the first answer got ${thanked.status}` });
  expect(thanked.status, second.server.output()).toBe(303);
  expect((await sendRaw(BASE, { path: "/healthz" })).status).toBe(200);

  const secondStopMs = await terminate(second.server);
  expect(secondStopMs).toBeLessThan(GRACE_MS);
  expect(fs.existsSync(lockFile)).toBe(false);
});
