/**
 * The shipped deploy/nginx.conf, prepared to run unprivileged in a temporary folder (its prefix) on other
 * ports. Only the ports are changed (the cache's, its compressing block's and the upstream's), by exact edits
 * that fail loudly if the shipped file no longer has the line, so what runs is the file we ship.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { handToUnprivileged, nginxSpawnOptions, run } from "./processes";

export const SHIPPED_CONFIG = path.join(process.cwd(), "deploy", "nginx.conf");

function replaceOnce(text: string, find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`deploy/nginx.conf no longer contains "${find}": update bench/nginx.ts`);
  return text.replace(find, replace);
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
  /** Optionally, a second server block: a bare nginx serving files from `staticRoot` on `staticPort`. */
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
    // The ceiling: the same prerendered HTML as a plain file, served by the same nginx with the same settings
    // (workers, logging, sendfile), with no proxy and no cache in the way.
    const root = path.join(prefix, "static");
    fs.cpSync(bare.root, root, { recursive: true });
    const block = [
      "    server {",
      `        listen 127.0.0.1:${bare.port};`,
      `        root ${root};`,
      "        location / {",
      "            default_type text/html;",
      "            try_files $uri $uri.html =404;",
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
