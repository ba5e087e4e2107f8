import { FAILURE_LIMIT } from "./config";

/**
 * The budget of password checks for the whole process (lib/admin/auth.ts). Each check is one scrypt: about 0.1 s
 * and 32 MiB, on Node's thread pool of four, which the pages' file reads share. At most MAX_RUNNING_CHECKS run at
 * once and MAX_QUEUED_CHECKS wait their turn; any further attempt is answered at once with 503 and Retry-After,
 * before anything is hashed. So a flood of wrong passwords from many addresses (each under its own limit) holds at
 * most 2 × 32 MiB and two of the pool's four threads, and waits in a queue of known length; the pages keep the
 * other two threads.
 */

/** Password checks running at once: two of the thread pool's four threads, 64 MiB. */
export const MAX_RUNNING_CHECKS = 2;
/**
 * Password checks waiting for a slot. Running and waiting together hold exactly one client's allowance
 * (FAILURE_LIMIT), so a burst from one client alone meets its own limit (429), never the budget (503).
 * The last in the queue waits about (2 + 8) / 2 × 0.1 s = 0.5 s.
 */
export const MAX_QUEUED_CHECKS = FAILURE_LIMIT - MAX_RUNNING_CHECKS;
/** Retry-After of a 503 for a full budget: the queue drains in well under a second. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export interface BudgetLimits {
  running: number;
  queued: number;
}

/**
 * A semaphore with a bounded queue. `run` starts the check when a slot is free, queues it (first come, first
 * served) while the queue has room, and otherwise resolves to undefined at once without calling it.
 */
export class PasswordCheckBudget {
  #running = 0;
  readonly #queue: Array<() => void> = [];
  /** Priority checks: always queued, ahead of the others. */
  readonly #ahead: Array<() => void> = [];

  constructor(readonly limits: BudgetLimits = { running: MAX_RUNNING_CHECKS, queued: MAX_QUEUED_CHECKS }) {}

  /** How many checks run and wait now. */
  state(): { running: number; queued: number } {
    return { running: this.#running, queued: this.#queue.length + this.#ahead.length };
  }

  /**
   * Runs `check` within the budget: `{ value }` when it ran, undefined (at once, `check` never called) when the
   * budget is full. A `priority` check is never refused: it waits ahead of the queue. Only the pages' second
   * check uses it (a request proxy.ts has already let through with the right password), so it cannot be flooded
   * while proxy.ts guards every admin path, and the 32 MiB bound holds either way: at most `running` run at once.
   */
  async run<T>(check: () => Promise<T>, { priority = false }: { priority?: boolean } = {}): Promise<{ value: T } | undefined> {
    if (this.#running < this.limits.running) {
      this.#running++;
    } else if (priority) {
      await new Promise<void>((resolve) => this.#ahead.push(resolve));
    } else if (this.#queue.length < this.limits.queued) {
      await new Promise<void>((resolve) => this.#queue.push(resolve));
    } else {
      return undefined;
    }
    // Here this check holds a slot: taken above, or handed over by the check that finished (#release).
    try {
      return { value: await check() };
    } finally {
      this.#release();
    }
  }

  /** Hands the slot to the next waiting check, if any, or frees it. */
  #release(): void {
    const next = this.#ahead.shift() ?? this.#queue.shift();
    if (next) next();
    else this.#running--;
  }
}

const BUDGET = Symbol.for("careers-guide.admin-check-budget");
type BudgetStore = typeof globalThis & { [BUDGET]?: PasswordCheckBudget };

/** The process's one budget, on globalThis: proxy.ts and the pages are bundled separately and must share it. */
export function passwordCheckBudget(): PasswordCheckBudget {
  const store = globalThis as BudgetStore;
  return (store[BUDGET] ??= new PasswordCheckBudget());
}
