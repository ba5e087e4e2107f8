/**
 * A throw-away PostgreSQL server for the tests and the benchmark, from Debian's packages (`apt-get install
 * postgresql`): a fresh cluster in a temporary folder, on a free loopback port, with trust authentication and fsync
 * off. Nothing is shared with Debian's own clusters, and stop() removes every trace of it.
 *
 * Set TEST_DATABASE_URL to use a server of your own instead.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export type ThrowawayPostgres = { url: string; stop(): Promise<void> };
export type PostgresSkipped = { skipped: string };

export const DATABASE_NAME = "careers_test";

const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";
const NOT_INSTALLED =
  "PostgreSQL is not installed (apt-get install postgresql), so the PostgreSQL store tests are skipped";

/** The bin folder of the highest PostgreSQL version installed from Debian's packages, if any. */
export function findPostgresBinDir(): string | undefined {
  let versions: string[];
  try {
    versions = readdirSync(DEBIAN_POSTGRES_ROOT);
  } catch {
    return undefined;
  }
  const usable = versions
    .filter((version) => /^\d+(\.\d+)*$/.test(version))
    .filter((version) => ["initdb", "pg_ctl"].every((tool) => existsSync(join(DEBIAN_POSTGRES_ROOT, version, "bin", tool))))
    .sort((a, b) => compareVersions(b, a));
  return usable[0] === undefined ? undefined : join(DEBIAN_POSTGRES_ROOT, usable[0], "bin");
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

type Tool = (tool: string, args: string[]) => { ok: boolean; output: string };

/** The cluster's folders, and how its tools are run (as Debian's postgres user when this process is root). */
interface Cluster {
  bin: string;
  dir: string;
  dataDir: string;
  logFile: string;
  run: Tool;
}

function makeCluster(bin: string): Cluster {
  // initdb and pg_ctl refuse to run as root: then they run as Debian's postgres user.
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
  const dir = mkdtempSync(join(tmpdir(), "careers-pg-"));
  if (owner) {
    try {
      chownSync(dir, owner.uid, owner.gid);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }
  const run: Tool = (tool, args) => {
    const command = join(bin, tool);
    const [file, argv] = owner ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    // cwd: the postgres user may not be allowed into the current folder.
    const result = spawnSync(file, argv, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    return { ok: !result.error && result.status === 0, output: result.error ? `${result.error.message}\n${output}` : output };
  };
  return { bin, dir, dataDir: join(dir, "data"), logFile: join(dir, "log"), run };
}

/** Starts the server on `opts.port`, or on a free port (another one if the port found free is taken meanwhile). */
async function startServer(cluster: Cluster, opts: { port?: number }): Promise<number> {
  const { bin, dir, dataDir, logFile, run } = cluster;
  for (let attempt = 1; ; attempt++) {
    const port = opts.port ?? (await findFreePort());
    // pg_ctl hands these options to the server through a shell, hence the quotes.
    const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off`;
    rmSync(logFile, { force: true }); // so the log read below is this attempt's only
    const start = run("pg_ctl", ["-D", dataDir, "-o", options, "-w", "-t", "60", "-l", logFile, "start"]);
    if (start.ok) return port;
    killPostmaster(dataDir); // in case pg_ctl gave up waiting on a server that did start
    const log = tail(logFile);
    if (opts.port === undefined && attempt < 3 && /could not bind|address already in use/i.test(log)) continue;
    throw new Error(`PostgreSQL (${bin}) did not start on 127.0.0.1:${port}:\n${start.output}\n--- last lines of its log ---\n${log}`);
  }
}

async function createDatabase(port: number): Promise<void> {
  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`create database ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
}

export async function startThrowawayPostgres(opts: { port?: number } = {}): Promise<ThrowawayPostgres | PostgresSkipped> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };

  const bin = findPostgresBinDir();
  if (!bin) return { skipped: NOT_INSTALLED };
  const cluster = makeCluster(bin);

  let started = false;
  const stopServer = () => {
    if (!started) return;
    started = false;
    const result = cluster.run("pg_ctl", ["-D", cluster.dataDir, "-m", "immediate", "-w", "-t", "60", "stop"]);
    if (!result.ok) killPostmaster(cluster.dataDir);
  };
  const removeDir = () => rmSync(cluster.dir, { recursive: true, force: true });
  // If the process ends without calling stop(), still leave nothing running.
  const onExit = () => {
    stopServer();
    removeDir();
  };

  try {
    const init = cluster.run("initdb", ["-D", cluster.dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
    if (!init.ok) throw new Error(`initdb (${bin}) failed:\n${init.output}`);
    const port = await startServer(cluster, opts);
    started = true;
    process.once("exit", onExit);
    await createDatabase(port);

    let stopped = false;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${DATABASE_NAME}`,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        process.removeListener("exit", onExit);
        onExit();
      },
    };
  } catch (error) {
    process.removeListener("exit", onExit);
    onExit();
    throw error;
  }
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      "Running as root, so PostgreSQL must run as the postgres user, but there is no such user (apt-get install postgresql creates it)",
    );
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("Could not find a free port"))));
    });
  });
}

/** Last resort when pg_ctl cannot stop the server: immediate shutdown via the pid in postmaster.pid. */
function killPostmaster(dataDir: string): void {
  try {
    const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (pid > 0) process.kill(pid, "SIGQUIT");
  } catch {
    // no pid file or no such process: nothing is running
  }
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log file)";
  }
}
