/** What the feedback benchmark measures, and the shape of its results. */
export interface LoadFigures {
  /** Seconds from the first request to the end of the window (the deadline, or the kill). */
  seconds: number;
  sent: number;
  /** 201 answers with `{ok:true}` received within the window. */
  acknowledged: number;
  rps: number;
  /** Milliseconds, over the acknowledged requests. */
  p50: number;
  p99: number;
  /** Other answers within the window, by status. */
  otherStatuses: Record<string, number>;
  /** Requests that got no answer within the window, by error code. */
  errors: Record<string, number>;
  /** CPU the server process used in the window, in cores (1 = one core all the time), if /proc can tell. */
  serverCores?: number;
  /** Server CPU milliseconds per acknowledged answer. */
  serverCpuPerAnswer?: number;
  /** CPU this process (the load generator) used in the window, in cores. */
  loaderCores: number;
  /** CPU the whole machine used in the window (other people's work included), in cores, from /proc/stat. */
  machineCores?: number;
}

/** What happened to the requests still in flight when the window ended (a stop or a kill). */
export interface Tail {
  /** Outcome → count: "201", "503", or an error code such as ECONNRESET. */
  outcomes: Record<string, number>;
  /** Requests sent after the window ended (before a loop saw its error), by outcome. */
  sentAfter: Record<string, number>;
}

export interface StoreCheck {
  /** Acknowledged ids, warm-up and after-restart answers included. */
  acknowledged: number;
  /** Rows holding one of this run's ids. */
  stored: number;
  /** All rows in the store. */
  totalRows: number;
  /** Acknowledged but not stored: must be 0. */
  missing: number;
  /** Rows beyond the first for an id: must be 0. */
  duplicates: number;
  /** Stored but never acknowledged. */
  unacknowledged: number;
  /** Of those, requests whose answer never arrived (in flight at the stop or the kill). The rest were refused. */
  unacknowledgedNoAnswer: number;
  /** Stored rows whose page, texts or flags differ from what was sent: must be 0. */
  altered: number;
  exportMs: number;
}

export interface Stopped {
  ms: number;
  /** Exit code (143 after a clean SIGTERM), or the signal that ended it. */
  exit: string;
  clean: boolean;
  /** Whether the embedded store's lock file is gone (embedded store only). */
  lockReleased?: boolean;
}

export interface ThroughputResult {
  store: string;
  /** Milliseconds from spawning `next start` to /healthz answering 200. */
  startMs: number;
  warmUp: number;
  load: LoadFigures;
  tail: Tail;
  stopped: Stopped;
  check: StoreCheck;
}

export interface CrashResult {
  startMs: number;
  warmUp: number;
  load: LoadFigures;
  /** What `ps` says the killed process is. */
  killed: { pid: number; title: string };
  tail: Tail;
  /** The dead server's lock file, as found before the restart. */
  lockLeftBehind: boolean;
  restart: { ok: true; ms: number } | { ok: false; message: string };
  /** Status of one answer sent after the restart. */
  afterRestart?: number;
  /** Exit code of the export run while the restarted server holds the store (1 expected: refused). */
  exportWhileRunning?: number;
  stopped?: Stopped;
  check: StoreCheck;
}

export interface FeedbackBenchResult {
  date: string;
  machine: string;
  loadAtStart: string;
  loadAtEnd: string;
  totalMs: number;
  standalone: boolean;
  page: string;
  seconds: number;
  connections: number;
  pglite: ThroughputResult;
  crash: CrashResult;
  postgres: (ThroughputResult & { where: string; poolSize: string }) | { skipped: string };
}
