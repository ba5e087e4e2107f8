import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";

/**
 * The GitHub workflow (.github/workflows/ci.yml) and the local CI (.ci/run) are what stand between an editor's
 * pull request and the live site; these tests fail when either stops doing its part (issue 19).
 */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const WORKFLOW = path.join(ROOT, ".github/workflows/ci.yml");
const CI_RUN = path.join(ROOT, ".ci/run");
const CONTENT_BASE_SCRIPT = path.join(ROOT, ".github/scripts/content-base.sh");

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  name?: string;
  permissions?: unknown;
  env?: Record<string, unknown>;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** The workflow, parsed by gray-matter's YAML parser (js-yaml): the workflow is the front matter of an empty page. */
function readWorkflow(): Workflow {
  const text = fs.readFileSync(WORKFLOW, "utf8");
  expect(text, "a line of three dashes would end the front matter early").not.toMatch(/^---\s*$/m);
  return matter(`---\n${text}\n---\n`).data as Workflow;
}

const stepsOf = (job: Job) => job.steps ?? [];
const runs = (step: Step, pattern: RegExp) => typeof step.run === "string" && pattern.test(step.run);
/** The jobs with a step whose `run` matches. */
const jobsRunning = (workflow: Workflow, pattern: RegExp) =>
  Object.entries(workflow.jobs).filter(([, job]) => stepsOf(job).some((step) => runs(step, pattern)));

const CI_RUN_COMMAND = /(^|[\s;&|"'])(\.\/)?\.ci\/run(?=$|[\s;&|"'])/m;
const CONTENT_CHECK = /\bnpm run content:check\b/;
const CONTENT_DIFF_TO_SUMMARY = /\bnpm run content:diff\b[^\n]*>>\s*"?\$\{?GITHUB_STEP_SUMMARY\}?"?/;

/** The content job: the one that runs the content check with annotations. */
function contentJob(workflow: Workflow): Job {
  const found = jobsRunning(workflow, CONTENT_CHECK).filter(([, job]) =>
    stepsOf(job).some((step) => runs(step, CONTENT_CHECK) && /--format=github/.test(step.run!)),
  );
  expect(found.map(([name]) => name), "a job runs npm run content:check -- --format=github").toHaveLength(1);
  return found[0]![1];
}

describe(".github/workflows/ci.yml", () => {
  it("has a job that runs .ci/run, as the local CI does, and keeps the test results of a failed run", () => {
    const workflow = readWorkflow();
    const found = jobsRunning(workflow, CI_RUN_COMMAND);
    expect(found.length, "a job runs .ci/run").toBeGreaterThan(0);
    const [, job] = found[0]!;
    const upload = stepsOf(job).find((step) => step.uses?.startsWith("actions/upload-artifact"));
    expect(upload?.if).toMatch(/failure\(\)/);
    expect(String(upload?.with?.path)).toMatch(/^test-results\/?$/);
  });

  it("has a job that runs the content check, with its problems as annotations on the pull request's lines", () => {
    contentJob(readWorkflow());
  });

  it("checks out enough history for the published version (fetch-depth 0, or 2 and more) and names it", () => {
    const job = contentJob(readWorkflow());
    const checkout = stepsOf(job).find((step) => step.uses?.startsWith("actions/checkout"));
    expect(checkout, "the content job checks out the repository").toBeDefined();
    // GitHub's default is 1: the merge commit alone, without the base branch's tip (its first parent).
    const depth = Number(checkout!.with?.["fetch-depth"] ?? 1);
    expect(Number.isInteger(depth) && (depth === 0 || depth >= 2), `fetch-depth ${String(depth)}`).toBe(true);
    const namesBase =
      job.env?.CONTENT_BASE !== undefined ||
      stepsOf(job).some(
        (step) =>
          step.env?.CONTENT_BASE !== undefined ||
          runs(step, /content-base\.sh|CONTENT_BASE=|--base=/),
      );
    expect(namesBase, "the content job names the base: CONTENT_BASE, --base= or .github/scripts/content-base.sh").toBe(true);
  });

  it("writes content:diff to the job summary, also after a failed check", () => {
    const steps = stepsOf(contentJob(readWorkflow()));
    const check = steps.findIndex((step) => runs(step, CONTENT_CHECK));
    const diff = steps.findIndex((step) => runs(step, CONTENT_DIFF_TO_SUMMARY));
    expect(diff, 'a step runs npm run content:diff >> "$GITHUB_STEP_SUMMARY"').toBeGreaterThan(check);
    expect(steps[diff]!.if, "the summary step runs whether or not the check passed").toMatch(/always\(\)|!\s*cancelled\(\)/);
  });

  it("asks for a read-only token, so that pull requests from forks get the same checks", () => {
    const workflow = readWorkflow();
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, `job ${name} keeps the workflow's permissions`).toBeUndefined();
    }
    const triggers = typeof workflow.on === "object" && workflow.on !== null ? Object.keys(workflow.on) : [String(workflow.on)];
    expect(triggers).toContain("pull_request");
    expect(triggers, "pull_request_target would run forks' changes with a writable token").not.toContain("pull_request_target");
  });
});

describe(".github/scripts/content-base.sh", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A repository of two commits; returns it and the commits' ids, oldest first. */
  function twoCommits(): { dir: string; commits: string[] } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-content-base-"));
    made.push(dir);
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", ...args], {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }).trim();
    git("init", "--quiet");
    const commits = ["first", "second"].map((message) => {
      git("commit", "--quiet", "--allow-empty", "-m", message);
      return git("rev-parse", "HEAD");
    });
    return { dir, commits };
  }

  /** Runs the script in `dir` as a step would, and returns what it wrote to $GITHUB_ENV. */
  function contentBase(dir: string, env: Record<string, string>): string {
    const githubEnv = path.join(dir, "github-env");
    fs.writeFileSync(githubEnv, "");
    execFileSync("bash", [CONTENT_BASE_SCRIPT], {
      cwd: dir,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GITHUB_ENV: githubEnv, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    return fs.readFileSync(githubEnv, "utf8");
  }

  it("names the merge commit's first parent for a pull request", () => {
    const { dir } = twoCommits();
    expect(contentBase(dir, { EVENT: "pull_request", BEFORE: "" })).toBe("CONTENT_BASE=HEAD^1\n");
  });

  it("names the commit before a push, and the last commit's parent when there is none to be had", () => {
    const { dir, commits } = twoCommits();
    expect(contentBase(dir, { EVENT: "push", BEFORE: commits[0]! })).toBe(`CONTENT_BASE=${commits[0]}\n`);
    expect(contentBase(dir, { EVENT: "push", BEFORE: "0".repeat(40) })).toBe("CONTENT_BASE=HEAD^1\n");
    expect(contentBase(dir, { EVENT: "push", BEFORE: "1".repeat(40) })).toBe("CONTENT_BASE=HEAD^1\n");
  });
});

describe(".ci/run", () => {
  const text = () => fs.readFileSync(CI_RUN, "utf8");

  it('ends by printing "N passed, N failed" (.ci/count.mjs), and says "0 passed, 1 failed" whenever it stops early', () => {
    const script = text();
    expect(script).toMatch(/\nnode \.ci\/count\.mjs "\$status"\nexit "\$status"\n*$/);
    const earlyExits = script.split("\n").flatMap((line, index, lines) => (/^\s*exit 1$/.test(line) ? [lines[index - 1]!] : []));
    expect(earlyExits.length).toBeGreaterThan(0);
    for (const before of earlyExits) expect(before.trim()).toBe('echo "0 passed, 1 failed"');
  });

  it("installs nginx's brotli modules, which the nginx cache test loads", () => {
    expect(text()).toMatch(/apt_install libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static/);
  });

  it(".ci/count.mjs prints the line from vitest's and Playwright's reports, and a failure when they are missing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "careers-count-"));
    try {
      const count = (status: number) =>
        execFileSync(process.execPath, [path.join(ROOT, ".ci/count.mjs"), String(status)], { cwd: dir, encoding: "utf8" });
      expect(count(1)).toBe("0 passed, 1 failed\n");
      fs.mkdirSync(path.join(dir, "test-results"));
      fs.writeFileSync(
        path.join(dir, "test-results/vitest.json"),
        JSON.stringify({ numPassedTests: 10, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0 }),
      );
      fs.writeFileSync(
        path.join(dir, "test-results/playwright.json"),
        JSON.stringify({ stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 2 } }),
      );
      // The three checks before vitest (types, lint, content) count as passed once vitest ran.
      expect(count(1).split("\n").filter(Boolean)).toEqual(["2 skipped", "18 passed, 1 failed"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
