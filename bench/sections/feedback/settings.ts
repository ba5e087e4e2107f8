/** The settings of the feedback benchmark (bench/feedback.ts, and step 8 of `npm run bench`). */
import { cleanEnv } from "../../common";

/** Ports 3420–3422: the embedded store, the crash test, PostgreSQL. */
export const PORT = { pglite: 3420, crash: 3421, postgres: 3422 } as const;
export const CONNECTIONS = 20;
export const SECONDS = Number(process.env.BENCH_FEEDBACK_SECONDS ?? 10);
export const WARM_UP_SECONDS = 2;
/** When, as a share of the load's duration, the crash test kills the server. */
export const KILL_AT = 0.5;
export const WHAT_WRONG = "Load test: nothing is wrong with this page";

/** The environment the servers and the export start from: none of the store's or the limits' settings. */
export const feedbackEnv = () => cleanEnv("DATABASE_URL", "DATA_DIR", "FEEDBACK_RATE_LIMIT", "TRUSTED_PROXIES");
