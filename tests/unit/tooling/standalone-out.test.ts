import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/*
 * deploy/standalone.mjs --out DIR empties DIR before copying the standalone build there. Run on a fake project
 * (a folder with a source file and a stand-in build), it must refuse a DIR that is the project, a folder above it,
 * one holding the build or one inside the standalone build, and delete nothing; any other DIR gets the copy.
 */

const SCRIPT = path.resolve("deploy/standalone.mjs");
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function fakeProject(): { parent: string; project: string } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "careers-standalone-"));
  made.push(parent);
  const project = path.join(parent, "project");
  fs.mkdirSync(path.join(project, ".next", "standalone"), { recursive: true });
  fs.mkdirSync(path.join(project, ".next", "static"), { recursive: true });
  fs.writeFileSync(path.join(project, ".next", "standalone", "server.js"), "// the build's server\n");
  fs.writeFileSync(path.join(project, "README.md"), "The project.\n");
  return { parent, project };
}

const run = (project: string, out: string) =>
  spawnSync(process.execPath, [SCRIPT, "--out", out, "--no-start"], { cwd: project, encoding: "utf8", env: { ...process.env, NEXT_DIST_DIR: "" } });

describe("node deploy/standalone.mjs --out", () => {
  it.each([
    [".", "it is the project folder"],
    ["..", "it holds the project folder"],
    ["/", "it holds the project folder"],
    [".next", "it holds the build (.next)"],
    [".next/standalone/copy", "it is inside the standalone build"],
  ])("refuses %s (%s) and deletes nothing", (out, reason) => {
    const { project } = fakeProject();
    const result = run(project, out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Refusing --out ${out}: ${reason}`);
    expect(fs.readFileSync(path.join(project, "README.md"), "utf8")).toBe("The project.\n");
    expect(fs.existsSync(path.join(project, ".next", "standalone", "server.js"))).toBe(true);
  });

  it("copies the build to another folder", () => {
    const { parent, project } = fakeProject();
    const result = run(project, path.join(parent, "ship"));
    expect(result.status).toBe(0);
    expect(fs.existsSync(path.join(parent, "ship", "server.js"))).toBe(true);
    expect(fs.readFileSync(path.join(project, "README.md"), "utf8")).toBe("The project.\n");
  });
});
