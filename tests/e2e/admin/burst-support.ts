/**
 * What admin-burst.spec.ts needs besides the flood and the timed requests (scripts/harness/admin-flood.ts): a
 * `next start` of its own on the main build (scripts/harness/next.ts).
 *
 * A server of its own, because the flood fills the process's budget of password checks (lib/admin/budget.ts) on
 * purpose: on the shared main server, the other worker's admin specs would meet 503s meanwhile.
 */
import fs from "node:fs";
import net from "node:net";
import { startNext } from "../../../scripts/harness/next";
import { stop, waitForHttp } from "../../../scripts/harness/processes";
import { ADMIN_PASSWORD_HASH, ADMIN_USERNAME } from "../support/admin-credentials";

export interface OwnServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `next start` on the build the main server serves (.next), with the editors' inbox on, behind a "proxy" at
 * 127.0.0.1 (TRUSTED_PROXIES, so X-Forwarded-For names each client) and a feedback store of its own.
 */
export async function startOwnServer(name: string): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = `test-results/e2e-data-${name}-${process.pid}`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_MANUAL_SIG_HANDLE: "true",
    TRUSTED_PROXIES: "127.0.0.1,::1",
    ADMIN_USERNAME,
    ADMIN_PASSWORD_HASH,
    DATABASE_URL: "",
    DATA_DIR: dataDir,
  };
  for (const unset of ["NEXT_DIST_DIR", "CONTENT_DIR", "PORT"]) delete env[unset];
  const server = startNext(`next start for ${name}`, port, { cwd: process.cwd(), env });
  const url = `http://127.0.0.1:${port}`;
  const stopServer = async () => {
    await stop(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${url}/`, server);
  } catch (error) {
    await stopServer();
    throw error;
  }
  return { url, port, stop: stopServer };
}
