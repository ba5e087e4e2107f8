/** Step 7 of `npm run bench`: `next build` time against the number of roles, from generated content. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateContent } from "../../scripts/harness/generate-content";
import type { BuildTime } from "../../scripts/harness/next";
import { ROOT, build, met, round, seconds, type Section } from "../common";

export const BUILD_SIZES = (process.env.BENCH_SIZES ?? "4,100,1000").split(",").map(Number);
const ROLES_PER_INDUSTRY = 25;
/** The cost per extra role from 100 to 1,000 at most this times that from 4 to 100. */
const SLOPE_TOLERANCE = 1.25;

export type SizedBuild = { roles: number; industries: number; pages: number } & BuildTime;

/** The build folder of one size (removed after it is counted, and at the end of the benchmark). */
export const buildFolder = (distDir: string, roles: number) => `${distDir}-${roles}`;

export async function measureBuildTimes(distDir: string, baseEnv: NodeJS.ProcessEnv): Promise<SizedBuild[]> {
  const builds: SizedBuild[] = [];
  for (const roles of BUILD_SIZES) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "careers-build-"));
    const industries = Math.max(1, Math.round(roles / ROLES_PER_INDUSTRY));
    generateContent(path.join(work, "content"), { roles, industries });
    const dist = buildFolder(distDir, roles);
    const time = await build(`${roles} generated roles`, ROOT, { ...baseEnv, CONTENT_DIR: path.join(work, "content"), NEXT_DIST_DIR: dist });
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, dist, "prerender-manifest.json"), "utf8"));
    builds.push({ roles, industries, pages: Object.keys(manifest.routes).length, ...time });
    fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
  return builds;
}

export function buildTimeSection(builds: SizedBuild[], siteBuild: BuildTime): Section {
  // Growth is judged on CPU time, which other people's work on the machine hardly changes; wall time is shown too.
  const useCpu = builds.every((build) => build.cpuMs !== undefined);
  const cost = (build: BuildTime) => (useCpu ? build.cpuMs! : build.ms);
  const slopes = builds.slice(1).map((build, index) => {
    const before = builds[index]!;
    return (cost(build) - cost(before)) / (build.roles - before.roles);
  });
  const linear = slopes.length === 2 ? slopes[1]! <= slopes[0]! * SLOPE_TOLERANCE : undefined;
  const lines = [
    "## Build time",
    "",
    `\`next build\` from generated content (scripts/harness/generate-content.ts, ${ROLES_PER_INDUSTRY} roles an industry), one build`,
    "each, type check included. Wall time depends on what else the machine is doing; CPU time (all the build's",
    `processes, user and system) hardly does, so the cost per extra role is worked out from ${useCpu ? "CPU" : "wall"} time. The real`,
    `site's build took ${seconds(siteBuild.ms)}${siteBuild.cpuMs === undefined ? "" : ` (${seconds(siteBuild.cpuMs)} of CPU)`}.`,
    "",
    `| Roles | Industries | Prerendered routes | Wall time | CPU time | ${useCpu ? "CPU" : "Wall"} time per extra role |`,
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ...builds.map(
      (build, index) =>
        `| ${round(build.roles)} | ${build.industries} | ${round(build.pages)} | ${seconds(build.ms)} | ${build.cpuMs === undefined ? "?" : seconds(build.cpuMs)} | ${index === 0 ? "" : `${(slopes[index - 1]! / 1000).toFixed(3)} s`} |`,
    ),
    "",
    "Each role adds its page, its two link-preview images (PNG) and its open-data JSON to the build.",
    "",
  ];
  const targetRows = [
    `| Build time growing no faster than linearly with the roles (cost per extra role from 100 to 1,000 at most ${SLOPE_TOLERANCE} × that from 4 to 100) | ${slopes.map((slope) => `${(slope / 1000).toFixed(3)} s`).join(" then ")} per role | ${met(linear)} |`,
  ];
  return { lines, targetRows };
}
