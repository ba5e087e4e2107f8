/**
 * What the serving section measures: the role page, served by four servers to three kinds of client, each a load
 * test with wrk (bench/wrk.ts).
 */
import type { WrkResult } from "../../wrk";

export const CONNECTIONS = 50;
export const DURATION = Number(process.env.BENCH_DURATION ?? 30);
/** Each load test's seconds are run in this many slices, the tests taken in turn. */
export const SLICES = 6;
/** The bare nginx's precompressed copies: brotli's and gzip's best. */
export const BROTLI_QUALITY = 11;
export const GZIP_STATIC_LEVEL = 9;
/** Cached requests per second for browsers, against the bare nginx's. */
export const TARGET_RATIO = 0.8;

/** The kinds of client the role page is served to, and the Accept-Encoding each sends. */
export const CLIENTS = {
  browser: { label: "browser", acceptEncoding: "gzip, deflate, br, zstd" },
  gzip: { label: "gzip-only", acceptEncoding: "gzip" },
  plain: { label: "plain", acceptEncoding: undefined },
} as const;
export type Client = keyof typeof CLIENTS;
export const CLIENT_KINDS = Object.keys(CLIENTS) as Client[];

export const requestHeaders = (client: Client): Record<string, string> => {
  const { acceptEncoding } = CLIENTS[client];
  return acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
};

/** One load test: a server, and the kind of client wrk acts as. */
export interface Target {
  key: string;
  server: "ceiling" | "bare" | "cache" | "next";
  client: Client;
  url: string;
  /** The processes whose CPU time counts. */
  pids: () => number[];
}

export const SERVER_LABELS: Record<Target["server"], string> = {
  ceiling: "wrk alone: nginx answering `return 204` (the load generator's ceiling)",
  bare: "bare nginx, the page precompressed (`brotli_static`, `gzip_static`)",
  cache: "nginx cache (deploy/nginx.conf), HIT",
  next: "`next start` alone",
};

export const describeTarget = (target: Pick<Target, "server" | "client">) =>
  target.server === "ceiling" ? SERVER_LABELS.ceiling : `${SERVER_LABELS[target.server]}, ${CLIENTS[target.client].label} client`;

export interface LoadResult extends WrkResult {
  /** CPU milliseconds the server (all its processes) spent per request, if /proc can tell. */
  cpuPerRequest?: number;
}

/** What the serving measurements need for their section of the results. */
export interface ServingReport {
  rolePath: string;
  targets: Pick<Target, "key" | "server" | "client">[];
  results: Map<string, LoadResult>;
  cacheChecks: string[];
  nginxCheck: string;
}
