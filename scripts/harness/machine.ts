/**
 * The machine a benchmark ran on, in words, for the results files: the one place that describes it, and the
 * versions of the packages that matter.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The version of an installed package ("16.4.6"), from node_modules; "?" when it is not installed. */
export function packageVersion(name: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

/** "2 × Intel(R) Xeon(R) Processor"; with `modelWords`, only that many words of the model ("2 × Intel(R) Xeon(R)"). */
export function processors(modelWords?: number): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim();
  const shown = model === undefined ? "unknown CPU" : modelWords === undefined ? model : model.split(" ").slice(0, modelWords).join(" ");
  return `${cpus.length} × ${shown}`;
}

/** The cores, memory, system and Node, then whatever else the caller names (package versions, tools). */
export function machine(...extras: string[]): string {
  const parts = [processors(), `${Math.round(os.totalmem() / 2 ** 30)} GiB`, `${os.platform()} ${os.release()}`, `Node ${process.version}`];
  return [...parts, ...extras].join(", ");
}

/** The load average over 1, 5 and 15 minutes: "0.4, 0.6, 0.7". */
export const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(", ");
