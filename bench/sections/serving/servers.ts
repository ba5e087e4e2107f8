/**
 * The servers of the serving section: `next start` on the bench's build, and in front of it the shipped
 * deploy/nginx.conf (a cache that compresses each page once) with, beside it, a bare nginx serving the same
 * prerendered HTML from a file with brotli and gzip copies made in advance: the ceiling for this page on this machine.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { startNext } from "../../../scripts/harness/next";
import { checkNginx, findNginx, nginxArgs, nginxSpawnOptions, prepareNginx, type NginxSetup } from "../../../scripts/harness/nginx";
import { start, stop, waitForHttp, type Started } from "../../../scripts/harness/processes";
import { ROOT } from "../../common";
import { BROTLI_QUALITY, GZIP_STATIC_LEVEL } from "./targets";

export interface ServingPorts {
  next: number;
  cache: number;
  bare: number;
  compress: number;
}

export interface ServingServers {
  next: Started;
  /** nginx (the cache and the bare server), when it is installed. */
  nginx?: { process: Started; setup: NginxSetup };
  /** "nginx/1.22.1", or "" without nginx. */
  nginxVersion: string;
  /** `nginx -t`'s last line, or why nginx was not measured. */
  nginxCheck: string;
  urls: { cache: string; bare: string; next: string };
  ports: ServingPorts;
  /** Stops the servers and removes their files. */
  close(): Promise<void>;
}

/** The bare nginx's files: the prerendered page, and beside it the copies brotli_static and gzip_static send. */
function writeBareRoot(distDir: string, role: string): string {
  const html = fs.readFileSync(path.join(ROOT, distDir, "server", "app", "roles", `${role}.html`));
  const bareRoot = fs.mkdtempSync(path.join(os.tmpdir(), "careers-bare-"));
  fs.mkdirSync(path.join(bareRoot, "roles"));
  const bareFile = path.join(bareRoot, "roles", `${role}.html`);
  fs.writeFileSync(bareFile, html);
  fs.writeFileSync(
    `${bareFile}.br`,
    zlib.brotliCompressSync(html, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length },
    }),
  );
  fs.writeFileSync(`${bareFile}.gz`, zlib.gzipSync(html, { level: GZIP_STATIC_LEVEL }));
  return bareRoot;
}

async function startNginx(nginx: string, ports: ServingPorts, bareRoot: string) {
  const setup = prepareNginx({ port: ports.cache, compressPort: ports.compress, upstreamPort: ports.next, bare: { port: ports.bare, root: bareRoot } });
  const check = (await checkNginx(nginx, setup)).split("\n").at(-1)!.replace(setup.config, "deploy/nginx.conf");
  const server = start("nginx", nginx, nginxArgs(setup), nginxSpawnOptions());
  return { server, setup, check };
}

export async function startServing(options: {
  role: string;
  rolePath: string;
  distDir: string;
  env: NodeJS.ProcessEnv;
  ports: ServingPorts;
}): Promise<ServingServers> {
  const { ports, rolePath } = options;
  const next = startNext("next start", ports.next, { cwd: ROOT, env: options.env });
  await waitForHttp(`http://127.0.0.1:${ports.next}/`, next);
  const bareRoot = writeBareRoot(options.distDir, options.role);
  const urls = {
    cache: `http://127.0.0.1:${ports.cache}${rolePath}`,
    bare: `http://127.0.0.1:${ports.bare}${rolePath}`,
    next: `http://127.0.0.1:${ports.next}${rolePath}`,
  };
  const binary = findNginx();
  // nginx -v prints "nginx version: nginx/1.22.1" on stderr.
  const nginxVersion = binary ? spawnSync(binary, ["-v"], { encoding: "utf8" }).stderr.replace("nginx version: ", "").trim() : "";
  let nginx: ServingServers["nginx"];
  let nginxCheck = "nginx is not installed: the cache and the ceiling were not measured";
  if (binary) {
    const started = await startNginx(binary, ports, bareRoot);
    nginx = { process: started.server, setup: started.setup };
    nginxCheck = started.check;
    await waitForHttp(urls.bare, started.server);
    await waitForHttp(`http://127.0.0.1:${ports.cache}/`, started.server);
  }
  const close = async () => {
    if (nginx) await stop(nginx.process);
    await stop(next);
    fs.rmSync(bareRoot, { recursive: true, force: true });
    if (nginx) fs.rmSync(nginx.setup.prefix, { recursive: true, force: true });
  };
  return { next, nginx, nginxVersion, nginxCheck, urls, ports, close };
}
