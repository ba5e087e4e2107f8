/**
 * Starting and stopping the servers a benchmark needs. Every process started here is stopped when the
 * benchmark ends, fails or is interrupted: each runs in a process group of its own and is stopped by its id.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const running = new Set<ChildProcess>();

function stopGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on("exit", () => {
  for (const child of running) stopGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    for (const child of running) stopGroup(child, "SIGTERM");
    process.exit(130);
  });
}

export interface Started {
  name: string;
  child: ChildProcess;
  /** What the process wrote, for the error message if it fails. */
  output: () => string;
}

/** Starts a long-running process (a server) in its own process group. */
export function start(name: string, command: string, args: string[], options: SpawnOptions = {}): Started {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => running.delete(child));
  return { name, child, output: () => output };
}

/** Stops a process started with `start` and waits for it to end. */
export async function stop(started: Started): Promise<void> {
  const { child } = started;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  stopGroup(child, "SIGTERM");
  const timer = setTimeout(() => stopGroup(child, "SIGKILL"), 5000);
  await ended;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stop({ name: "", child, output: () => "" })));
}

/** Waits until `url` answers (any status below 500), or fails with the server's output. */
export async function waitForHttp(url: string, started: Started, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(`${started.name} exited with ${started.child.exitCode}:\n${started.output()}`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${started.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${started.output()}`);
}

/** Runs a command to its end; resolves with its output, rejects with it if the command fails. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** A program: the path `override` gives (an environment variable), else `name` on the PATH, else `fallback`. */
export function findExecutable(name: string, override: string | undefined, fallback: string): string | undefined {
  const candidates = [override, ...(process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, name)), fallback];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate!));
}

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

/** Clock ticks per second, the unit of the CPU times in /proc. */
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), or undefined (not Linux, gone). */
function statFields(pid: number | "self"): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** CPU time (user and system) a process has used so far, in milliseconds, from /proc (Linux only). */
export function cpuMs(pid: number): number | undefined {
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat: 12th and 13th after the command name.
  const fields = statFields(pid);
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS : undefined;
}

/** CPU time of a process and its direct children (nginx's workers, next-server), in milliseconds. */
export function treeCpuMs(pid: number): number | undefined {
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // No children file: count the process alone.
  }
  const times = [pid, ...children].map(cpuMs);
  return times.every((time) => time !== undefined) ? times.reduce<number>((sum, time) => sum + time!, 0) : undefined;
}

/**
 * CPU time used so far by this process's finished children and their children (cutime and cstime in
 * /proc/self/stat), in milliseconds: the CPU a build took, whatever else the machine was doing meanwhile.
 */
export function childrenCpuMs(): number | undefined {
  const fields = statFields("self");
  return fields ? ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS : undefined;
}
