/**
 * Step 6 of `npm run bench`: the standalone server (Node alone), run from a copy of the build in a temporary
 * folder with nothing of the project beside it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, start, stop, waitForHttp } from "../../scripts/harness/processes";
import { ROOT, type Log, type SiteFacts } from "../common";
import { get } from "../http";

export interface Standalone {
  /** Each address and its status. */
  results: string[];
  /** The copy's size, as `du -sh` says. */
  size: string;
  /** Whether the content files were traced into the copy. */
  tracedContent: boolean;
}

/** Each page's status from the standalone server, and a script under /_next/static. */
async function check(origin: string, site: SiteFacts): Promise<string[]> {
  const paths = [
    "/",
    `/industries/${site.industry}`,
    site.rolePath,
    "/search?q=coder",
    `/compare?roles=${site.compared.join(",")}`,
    "/api/roles.json",
    `/roles/${site.role}/opengraph-image`,
    "/no-such-page",
  ];
  const results: string[] = [];
  for (const pagePath of paths) {
    const response = await get(`${origin}${pagePath}`);
    results.push(`\`${pagePath}\` ${response.status}${response.headers["content-security-policy"] ? "" : " (no CSP!)"}`);
  }
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec((await get(`${origin}${site.rolePath}`)).body)?.[1];
  if (asset) results.push(`a script under /_next/static ${(await get(`${origin}${asset}`)).status}`);
  return results;
}

export async function measureStandalone(options: {
  site: SiteFacts;
  siteEnv: NodeJS.ProcessEnv;
  baseEnv: NodeJS.ProcessEnv;
  port: number;
  log: Log;
}): Promise<Standalone> {
  options.log("standalone server from a temporary folder");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-standalone-"));
  await run(process.execPath, ["deploy/standalone.mjs", "--out", dir, "--no-start"], { cwd: ROOT, env: options.siteEnv });
  const server = start("node server.js", process.execPath, [path.join(dir, "server.js")], {
    cwd: dir,
    env: { ...options.baseEnv, PORT: String(options.port), HOSTNAME: "127.0.0.1" },
  });
  const origin = `http://127.0.0.1:${options.port}`;
  await waitForHttp(`${origin}/`, server);
  const results = await check(origin, options.site);
  const size = execFileSync("du", ["-sh", dir], { encoding: "utf8" }).split("\t")[0];
  const tracedContent = fs.existsSync(path.join(dir, "content", "roles", `${options.site.role}.md`));
  await stop(server);
  fs.rmSync(dir, { recursive: true, force: true });
  return { results, size: size ?? "?", tracedContent };
}

export function standaloneSection(standalone: Standalone): string[] {
  return [
    "## Standalone server (Node alone)",
    "",
    `\`deploy/standalone.mjs --out <temporary folder>\` made a copy of .next-bench/standalone with the browser files`,
    `(${standalone.size}), and \`node server.js\` ran from there with no project files beside it: ${standalone.results.join(", ")}.`,
    `The content files are in the copy: ${standalone.tracedContent ? "yes" : "no"} (/search and /compare read them per request).`,
    "",
  ];
}
