/**
 * nginx for the benchmark and the end-to-end tests: the shipped deploy/nginx.conf, prepared to run unprivileged in
 * a temporary folder (its prefix) on other ports. Only the ports are changed (the cache's, its compressing block's
 * and the upstream's), by exact edits that fail loudly if the shipped file no longer has the line, so what runs is
 * the file we ship.
 */
import type { SpawnOptions } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findExecutable, run } from "./processes";

/** The nginx binary: NGINX, or nginx on the PATH, or Debian's /usr/sbin/nginx. */
export const findNginx = (): string | undefined => findExecutable("nginx", process.env.NGINX, "/usr/sbin/nginx");

/** nobody: when run as root, nginx is started as this user, so it never runs with privileges. */
export const UNPRIVILEGED = { uid: 65534, gid: 65534 };
export const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Gives a folder (and everything in it) to the unprivileged user, when running as root. */
export function handToUnprivileged(dir: string) {
  if (!isRoot()) return;
  const walk = (target: string) => {
    fs.chownSync(target, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    if (fs.statSync(target).isDirectory()) for (const entry of fs.readdirSync(target)) walk(path.join(target, entry));
  };
  walk(dir);
}

/** spawn options that drop root for nginx. */
export const nginxSpawnOptions = (): SpawnOptions => (isRoot() ? { ...UNPRIVILEGED } : {});

export const SHIPPED_CONFIG = path.join(process.cwd(), "deploy", "nginx.conf");

function replaceOnce(text: string, find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`deploy/nginx.conf no longer contains "${find}": update scripts/harness/nginx.ts`);
  return text.replace(find, replace);
}

/** The module files deploy/nginx.conf loads (load_module) that are not on this machine. */
export function missingModules(): string[] {
  const config = fs.readFileSync(SHIPPED_CONFIG, "utf8");
  return [...config.matchAll(/^load_module (\S+);$/gm)].map((match) => match[1]!).filter((file) => !fs.existsSync(file));
}

export interface NginxSetup {
  /** The prefix: config, cache, temporary files, logs and pid, all in one temporary folder. */
  prefix: string;
  config: string;
}

export interface NginxOptions {
  /** Where the caching proxy listens. */
  port: number;
  /** Where its compressing server block listens (on 127.0.0.1); `port + 1` unless given. */
  compressPort?: number;
  /** The `next start` process it sits in front of. */
  upstreamPort: number;
  /**
   * Optionally, a second server block: a bare nginx serving files from `root` on `port`, with the brotli and
   * gzip copies beside them (`page.html.br`, `page.html.gz`) sent as they are, and `/ceiling` answering 204.
   */
  bare?: { port: number; root: string };
}

export function prepareNginx({ port, compressPort = port + 1, upstreamPort, bare }: NginxOptions): NginxSetup {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "careers-nginx-"));
  fs.mkdirSync(path.join(prefix, "logs"));
  fs.mkdirSync(path.join(prefix, "tmp"));
  let config = fs.readFileSync(SHIPPED_CONFIG, "utf8");
  config = replaceOnce(config, "listen 8080;", `listen 127.0.0.1:${port};`);
  config = replaceOnce(config, "listen 127.0.0.1:8081;", `listen 127.0.0.1:${compressPort};`);
  config = replaceOnce(config, "server 127.0.0.1:8081;", `server 127.0.0.1:${compressPort};`);
  config = replaceOnce(config, "server 127.0.0.1:3000;", `server 127.0.0.1:${upstreamPort};`);
  if (bare) {
    // The ceiling: the same prerendered HTML as a plain file with its precompressed copies, served by the same
    // nginx with the same settings (workers, logging, sendfile), with no proxy and no cache in the way. The
    // brotli copies need the brotli static module, from the same folder as the filter module the file loads.
    const filter = /^load_module (\S*)ngx_http_brotli_filter_module\.so;$/m.exec(config);
    if (!filter) throw new Error("deploy/nginx.conf no longer loads ngx_http_brotli_filter_module: update scripts/harness/nginx.ts");
    config = config.replace(filter[0], `${filter[0]}\nload_module ${filter[1]}ngx_http_brotli_static_module.so;`);
    const root = path.join(prefix, "static");
    fs.cpSync(bare.root, root, { recursive: true });
    const block = [
      "    server {",
      `        listen 127.0.0.1:${bare.port};`,
      `        root ${root};`,
      "        location / {",
      "            default_type text/html;",
      "            brotli_static on;",
      "            gzip_static on;",
      "            gzip_vary on;",
      "            try_files $uri $uri.html =404;",
      "        }",
      "        # What the load generator reaches when the server does next to nothing.",
      "        location = /ceiling {",
      "            return 204;",
      "        }",
      "    }",
      "}",
    ].join("\n");
    const end = config.lastIndexOf("}");
    config = `${config.slice(0, end)}${block}${config.slice(end + 1)}`;
  }
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, config);
  handToUnprivileged(prefix);
  return { prefix, config: configFile };
}

/** The arguments that run nginx in the foreground from the prefix, logging start-up errors to stderr. */
export const nginxArgs = ({ prefix, config }: NginxSetup, ...extra: string[]) => [
  "-e",
  "stderr",
  "-g",
  "daemon off;",
  "-p",
  `${prefix}/`,
  "-c",
  config,
  ...extra,
];

/** `nginx -t`: checks the configuration, as the user that will run it. Resolves with nginx's message. */
export async function checkNginx(nginx: string, setup: NginxSetup): Promise<string> {
  return (await run(nginx, nginxArgs(setup, "-t"), nginxSpawnOptions())).trim();
}

export interface CachedResponse {
  /** The cache key, as the configuration builds it. */
  key: string;
  /** The response's status line and headers, as nginx stored them. */
  head: string;
  /** The response body, as stored (compressed, if it was sent compressed). */
  body: Buffer;
}

/**
 * Every response in nginx's cache folder. Each file holds a binary header, `KEY: …`, then the response as it
 * came from upstream: status line and headers, a blank line, the body.
 */
export function cachedResponses({ prefix }: NginxSetup): CachedResponse[] {
  const dir = path.join(prefix, "cache");
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => {
      const data = fs.readFileSync(file);
      const keyStart = data.indexOf("\nKEY: ") + 6;
      const keyEnd = data.indexOf("\n", keyStart);
      const bodyStart = data.indexOf("\r\n\r\n", keyEnd) + 4;
      return {
        key: data.subarray(keyStart, keyEnd).toString("latin1"),
        head: data.subarray(keyEnd + 1, bodyStart).toString("latin1"),
        body: data.subarray(bodyStart),
      };
    });
}

/** The Content-Encoding of a stored response, lower case, or undefined. */
export const storedEncoding = ({ head }: CachedResponse) => /\r\nContent-Encoding: *([^\r]+)/i.exec(head)?.[1]?.trim().toLowerCase();
