/**
 * CPU time from /proc (Linux only; elsewhere every figure is undefined): a process's, a process tree's, this
 * process's finished children's (a build), and the whole machine's. CPU time hardly depends on what else a shared
 * machine is doing, unlike wall time and requests per second.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

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

/** CPU time (user and system) a process has used so far, in milliseconds. */
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

/** Busy CPU time of the whole machine (all cores, everyone's work), in milliseconds, from /proc/stat. */
export function machineCpuMs(): number | undefined {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
    return (((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
