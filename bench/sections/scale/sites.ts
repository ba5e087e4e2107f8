/**
 * The sites of the scale benchmark: one per size, content/ itself for the real 4 roles and generated content
 * (scripts/harness/generate-content.ts) otherwise, each built into a folder of its own and served by `next start`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "../../../lib/content/load";
import { generateContent } from "../../../scripts/harness/generate-content";
import { buildNext, startNext } from "../../../scripts/harness/next";
import type { Started } from "../../../scripts/harness/processes";
import { ROOT, seconds, type Log } from "../../common";
import { DIST, INDUSTRIES, REAL } from "./settings";

export interface Site {
  roles: number;
  industries: number;
  /** CONTENT_DIR for the build and the server; undefined for the real content. */
  contentDir?: string;
  /** A temporary folder holding the generated content and the server's feedback store. */
  work: string;
  titles: string[];
  narrowTitle: string;
  biggestLetter: string;
  biggestIndustry: string;
  port: number;
  buildMs: number;
  buildCpuMs?: number;
  server?: Started;
}

const firstLetter = (title: string) => title.trim()[0]!.toUpperCase();

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The real content: content/ itself. */
function realSite(work: string, port: number): Site {
  const content = loadContent(path.join(ROOT, "content"), ROOT).content;
  if (!content) throw new Error("the content has problems: run npm run content:check");
  const titles = content.roles.map((role) => role.title);
  const biggest = [...content.industries].sort((a, b) => b.roles.length - a.roles.length)[0]!;
  return {
    roles: content.roles.length,
    industries: content.industries.length,
    work,
    titles,
    narrowTitle: titles[0]!,
    biggestLetter: mostCommon(titles.map(firstLetter)),
    biggestIndustry: biggest.slug,
    port,
    buildMs: 0,
  };
}

/** The content of one size: content/ for the real 4 roles, generated content otherwise. */
export function prepare(roles: number, port: number): Site {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `careers-scale-${roles}-`));
  if (roles === REAL) return realSite(work, port);
  const contentDir = path.join(work, "content");
  const industries = Math.min(INDUSTRIES, roles);
  const plan = generateContent(contentDir, { industries, roles });
  const biggest = [...plan.industries].sort((a, b) => b.roles.length - a.roles.length)[0]!;
  return {
    roles,
    industries,
    contentDir,
    work,
    titles: plan.roles.map((role) => role.title),
    narrowTitle: plan.roles[Math.floor(plan.roles.length / 2)]!.title,
    biggestLetter: mostCommon(plan.roles.map((role) => role.letter)),
    biggestIndustry: biggest.slug,
    port,
    buildMs: 0,
  };
}

function siteEnv(site: Site): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST(site.roles),
    DATA_DIR: path.join(site.work, "data"),
    DATABASE_URL: "",
    ADMIN_USERNAME: "",
    ADMIN_PASSWORD_HASH: "",
    NEXT_MANUAL_SIG_HANDLE: "true",
  };
  if (site.contentDir) env.CONTENT_DIR = site.contentDir;
  else delete env.CONTENT_DIR;
  return env;
}

/** Builds the site of one size (the machine has few cores: one build at a time). */
export async function buildSite(site: Site, log: Log): Promise<void> {
  log(`building ${site.roles} roles, ${site.industries} industries…`);
  const time = await buildNext(ROOT, siteEnv(site));
  site.buildMs = time.ms;
  site.buildCpuMs = time.cpuMs;
  log(`built ${site.roles} roles in ${seconds(site.buildMs)}`);
}

export function startSite(site: Site): Started {
  site.server = startNext(`next start (${site.roles} roles)`, site.port, { cwd: ROOT, env: siteEnv(site) });
  return site.server;
}

/** Removes a site's build and its temporary folder. */
export function removeSite(site: Site): void {
  fs.rmSync(path.join(ROOT, DIST(site.roles)), { recursive: true, force: true });
  fs.rmSync(site.work, { recursive: true, force: true });
}
