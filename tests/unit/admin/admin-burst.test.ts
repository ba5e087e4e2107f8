import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { adminAccess, type AdminAccess } from "@/lib/admin/auth";
import { BUSY_RETRY_AFTER_SECONDS, MAX_QUEUED_CHECKS, MAX_RUNNING_CHECKS, PasswordCheckBudget } from "@/lib/admin/budget";
import { FAILURE_LIMIT, FAILURE_WINDOW_SECONDS } from "@/lib/admin/config";
import { adminClientKey, AttemptCounter, isBlocked, takeAttempt } from "@/lib/admin/failures";
import { clientKey, PEER_HEADER } from "@/lib/feedback/client";
import { basic, ENV, freshClient, headersFor, PASSWORD, USERNAME } from "./auth-support";

/**
 * Sign-in under concurrency (issue 20): an attempt is counted before its password is checked, so a burst from one
 * client gets at most FAILURE_LIMIT checks; IPv6 clients are counted per /64; and a budget of concurrent password
 * checks across all clients refuses the rest at once, before any hash.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A slow fake password check (as scrypt's 0.1 s), counting how many ran and how many at once. */
function slowVerifier(ms = 20) {
  const stats = { calls: 0, running: 0, mostAtOnce: 0 };
  const verify = async (password: string) => {
    stats.calls++;
    stats.running++;
    stats.mostAtOnce = Math.max(stats.mostAtOnce, stats.running);
    await sleep(ms);
    stats.running--;
    return password === PASSWORD;
  };
  return { stats, verify };
}

const tally = (answers: AdminAccess[]) => {
  const counts: Record<string, number> = {};
  for (const answer of answers) counts[answer.action] = (counts[answer.action] ?? 0) + 1;
  return counts;
};

/** A budget with room for any burst, to see the per-client counter alone. */
const roomy = () => new PasswordCheckBudget({ running: 1000, queued: 1000 });

const attempt = (client: string, password: string, options: Parameters<typeof adminAccess>[2]) =>
  adminAccess({ pathname: "/admin/feedback", headers: headersFor(client, basic(USERNAME, password)) }, ENV, options);

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

describe("the attempt counter under concurrency", () => {
  it(`60 wrong passwords at once from one client: at most ${FAILURE_LIMIT} are checked, the rest refused before any check`, async () => {
    const { stats, verify } = slowVerifier();
    const client = freshClient();
    const answers = await Promise.all(Array.from({ length: 60 }, () => attempt(client, "guess", { verify, budget: roomy() })));
    expect(stats.calls).toBeLessThanOrEqual(FAILURE_LIMIT);
    expect(tally(answers)).toEqual({ challenge: stats.calls, "too-many": 60 - stats.calls });
    for (const answer of answers) {
      if (answer.action === "too-many") {
        expect(answer.retryAfter).toBeGreaterThan(0);
        expect(answer.retryAfter).toBeLessThanOrEqual(FAILURE_WINDOW_SECONDS);
      }
    }
  });

  it("holds with the real budget too: the whole allowance of one client fits its queue, so a burst meets 429, not 503", async () => {
    const { stats, verify } = slowVerifier();
    const client = freshClient();
    const budget = new PasswordCheckBudget();
    const answers = await Promise.all(Array.from({ length: 60 }, () => attempt(client, "guess", { verify, budget })));
    expect(tally(answers)).toEqual({ challenge: FAILURE_LIMIT, "too-many": 60 - FAILURE_LIMIT });
    expect(stats.calls).toBe(FAILURE_LIMIT);
    expect(stats.mostAtOnce).toBeLessThanOrEqual(MAX_RUNNING_CHECKS);
  });

  it("the right password gives its point back: an editor who types it right is not counted", async () => {
    const { stats, verify } = slowVerifier(1);
    const client = freshClient();
    for (let failure = 1; failure < FAILURE_LIMIT; failure++) expect((await attempt(client, "guess", { verify })).action).toBe("challenge");
    // Many successes after nine failures, one at a time and several at once: none of them is counted.
    for (let success = 0; success < 20; success++) expect((await attempt(client, PASSWORD, { verify })).action).toBe("pass");
    // At the ninth failure only one place is left: of five at once, one is checked and the others wait their turn.
    const together = await Promise.all(Array.from({ length: 5 }, () => attempt(client, PASSWORD, { verify, budget: roomy() })));
    expect(tally(together)).toEqual({ pass: 1, "too-many": 4 });
    // The tenth failure is still allowed; the eleventh attempt is not, right password or not.
    expect((await attempt(client, "guess", { verify })).action).toBe("challenge");
    expect((await attempt(client, PASSWORD, { verify })).action).toBe("too-many");
    expect(stats.calls).toBe(FAILURE_LIMIT + 20 + 1);
  });

  it("takes an attempt before the check; a refused attempt is not counted; giving one back lets exactly one more in", () => {
    const key = `test-${freshClient()}`;
    expect(isBlocked(key)).toBe(0);
    const taken = Array.from({ length: FAILURE_LIMIT }, () => takeAttempt(key));
    expect(taken.every((each) => each.allowed)).toBe(true);
    expect(isBlocked(key)).toBeGreaterThan(0);
    for (let refused = 0; refused < 5; refused++) {
      const answer = takeAttempt(key);
      expect(answer.allowed).toBe(false);
      const wait = answer.allowed ? 0 : answer.retryAfter;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(FAILURE_WINDOW_SECONDS);
    }
    const first = taken[0]!;
    if (first.allowed) {
      first.giveBack();
      first.giveBack(); // twice: counts once
    }
    expect(isBlocked(key)).toBe(0);
    expect(takeAttempt(key).allowed).toBe(true);
    expect(takeAttempt(key).allowed).toBe(false);
  });

  it("counts per window: a new window starts afresh, and an attempt of the old one gives nothing back to it", () => {
    let now = 1_000_000;
    const counter = new AttemptCounter({ limit: 3, windowSeconds: 60, now: () => now });
    const old = [counter.take("k"), counter.take("k"), counter.take("k")];
    const refused = counter.take("k");
    expect(refused).toEqual({ allowed: false, retryAfter: 60 });
    now += 30_500;
    expect(counter.blockedFor("k")).toBe(30);
    now += 30_000;
    expect(counter.blockedFor("k")).toBe(0);
    const fresh = [counter.take("k"), counter.take("k"), counter.take("k")];
    expect(fresh.every((each) => each.allowed)).toBe(true);
    for (const each of old) if (each.allowed) each.giveBack();
    expect(counter.take("k").allowed).toBe(false);
    // Forgotten once their window is over: the counter does not grow with every client ever seen.
    for (let client = 0; client < 100; client++) counter.take(`client-${client}`);
    expect(counter.size).toBe(101);
    now += 61_000;
    counter.take("later");
    expect(counter.size).toBe(1);
  });
});

describe("whose attempts count together", () => {
  const viaProxy = (client: string) => new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": client });
  const key = (client: string) => adminClientKey(viaProxy(client), ENV);

  it("IPv6: one key per /64, however the address is written", () => {
    const network = key("2001:db8:1:2::1");
    for (const same of ["2001:db8:1:2::2", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:0DB8:0001:0002:0000:0000:0000:0009", "2001:db8:1:2:a:b:c:d"]) {
      expect(key(same), same).toBe(network);
    }
    for (const other of ["2001:db8:1:3::1", "2001:db8:2:2::1", "2001:db9:1:2::1", "::1", "fe80::1"]) {
      expect(key(other), other).not.toBe(network);
    }
    expect(clientKey("2001:db8:1:2::1")).toBe(clientKey("2001:db8:1:2:ffff::1"));
    expect(clientKey("2001:db8:1:2::1")).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("IPv4: one key per address; an IPv4-mapped IPv6 address is that IPv4 address", () => {
    expect(key("203.0.113.7")).not.toBe(key("203.0.113.8"));
    expect(key("::ffff:203.0.113.7")).toBe(key("203.0.113.7"));
    expect(key("::ffff:cb00:7107")).toBe(key("203.0.113.7"));
    expect(key("0:0:0:0:0:ffff:cb00:7108")).toBe(key("203.0.113.8"));
    expect(clientKey("::ffff:cb00:7107")).toBe(clientKey("203.0.113.7"));
    // Other addresses of ::/64 are not IPv4 and share that /64's key, not an IPv4 address's.
    expect(key("::1")).not.toBe(key("0.0.0.1"));
  });

  it("keeps anything that is not an address as it is", () => {
    expect(clientKey("unknown")).not.toBe(clientKey("unknown-2"));
    expect(clientKey("unknown")).toBe(clientKey("unknown"));
  });

  it(`${FAILURE_LIMIT} failures from one IPv6 /64 block the whole /64, and no other`, async () => {
    const { verify } = slowVerifier(1);
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
    for (let host = 1; host <= FAILURE_LIMIT; host++) {
      expect((await attempt(`${prefix}::${host.toString(16)}`, "guess", { verify })).action).toBe("challenge");
    }
    expect((await attempt(`${prefix}:ab:cd:ef:1`, "guess", { verify })).action).toBe("too-many");
    expect((await attempt(`${prefix}::${FAILURE_LIMIT + 1}`, PASSWORD, { verify })).action).toBe("too-many");
    expect((await attempt(`2001:db8:ffff:ffff::1`, "guess", { verify })).action).toBe("challenge");
  });
});

/** A check held open until the test lets it finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("the budget of password checks across all clients", () => {
  it(`runs ${MAX_RUNNING_CHECKS} at once and queues ${MAX_QUEUED_CHECKS} by default: one client's whole allowance`, () => {
    expect(MAX_RUNNING_CHECKS).toBe(2);
    expect(MAX_RUNNING_CHECKS + MAX_QUEUED_CHECKS).toBe(FAILURE_LIMIT);
    expect(BUSY_RETRY_AFTER_SECONDS).toBeGreaterThan(0);
  });

  it("refuses at once, without running the check, when every slot and the queue are taken; a queued one runs when a slot frees", async () => {
    const budget = new PasswordCheckBudget({ running: 2, queued: 3 });
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const runs = gates.map((each, index) =>
      budget.run(async () => {
        started.push(index);
        await each.opened;
        return index;
      }),
    );
    await sleep(5);
    expect(started).toEqual([0, 1]);
    expect(budget.state()).toEqual({ running: 2, queued: 3 });
    const refusedCheck = vi.fn(async () => -1);
    const begun = performance.now();
    expect(await budget.run(refusedCheck)).toBeUndefined();
    expect(performance.now() - begun).toBeLessThan(50);
    expect(refusedCheck).not.toHaveBeenCalled();
    // One finishes: the first in the queue starts, and only it.
    gates[1]!.open();
    expect(await runs[1]).toEqual({ value: 1 });
    await sleep(5);
    expect(started).toEqual([0, 1, 2]);
    expect(budget.state()).toEqual({ running: 2, queued: 2 });
    // Now there is room in the queue again.
    const late = budget.run(async () => "late");
    expect(budget.state()).toEqual({ running: 2, queued: 3 });
    for (const each of gates) each.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4].map((value) => ({ value })));
    expect(await late).toEqual({ value: "late" });
    expect(budget.state()).toEqual({ running: 0, queued: 0 });
  });

  it("frees the slot when a check throws", async () => {
    const budget = new PasswordCheckBudget({ running: 1, queued: 0 });
    await expect(budget.run(async () => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
    expect(await budget.run(async () => "next")).toEqual({ value: "next" });
  });

  it("lets a priority check (a page's second check) wait ahead of the queue even when the queue is full", async () => {
    const budget = new PasswordCheckBudget({ running: 1, queued: 1 });
    const first = gate();
    const order: string[] = [];
    const running = budget.run(async () => (await first.opened, order.push("running")));
    const queued = budget.run(async () => order.push("queued"));
    expect(await budget.run(async () => order.push("refused"))).toBeUndefined();
    const priority = budget.run(async () => order.push("priority"), { priority: true });
    first.open();
    await Promise.all([running, queued, priority]);
    expect(order).toEqual(["running", "priority", "queued"]);
  });

  it("answers busy with Retry-After before any hash; a busy attempt is not counted against its client", async () => {
    const { stats, verify } = slowVerifier(30);
    const budget = new PasswordCheckBudget({ running: 2, queued: 3 });
    const clients = Array.from({ length: 12 }, freshClient);
    const answers = await Promise.all(clients.map((client) => attempt(client, "guess", { verify, budget })));
    expect(tally(answers)).toEqual({ challenge: 5, busy: 7 });
    expect(stats.calls).toBe(5);
    expect(stats.mostAtOnce).toBe(2);
    for (const answer of answers) if (answer.action === "busy") expect(answer.retryAfter).toBe(BUSY_RETRY_AFTER_SECONDS);
    // A client that got busy has its whole allowance still.
    const busyClient = clients[answers.findIndex((answer) => answer.action === "busy")]!;
    for (let failure = 0; failure < FAILURE_LIMIT; failure++) {
      expect((await attempt(busyClient, "guess", { verify, budget })).action).toBe("challenge");
    }
    expect((await attempt(busyClient, "guess", { verify, budget })).action).toBe("too-many");
  });

  it("never makes a request without credentials wait or hash, even when the budget is full", async () => {
    const budget = new PasswordCheckBudget({ running: 1, queued: 0 });
    const held = gate();
    const holding = budget.run(() => held.opened);
    const { stats, verify } = slowVerifier();
    const answer = await adminAccess({ pathname: "/admin/feedback", headers: headersFor(freshClient()) }, ENV, { verify, budget });
    expect(answer).toEqual({ action: "challenge" });
    expect(stats.calls).toBe(0);
    held.open();
    await holding;
  });
});
