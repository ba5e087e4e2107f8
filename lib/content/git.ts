/**
 * The published version of the content, read from git: the content check compares every page with it
 * (history.ts). The published version is the base branch as this branch started from it, by default the merge
 * base of HEAD and origin/main (main when there is no origin), so an edit is judged the same before and after it
 * is committed, and changes merged into main meanwhile are not mistaken for this branch's. `--base=REV` or
 * CONTENT_BASE names another base (CI names a pull request's base commit).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The content files of the published version, by path from the project root ("content/roles/x.md"). */
export interface PublishedFiles {
  /** The commit compared with, and how it was chosen, for messages ("origin/main (merge base a1b2c3d)"). */
  base: string;
  files: Map<string, string>;
}

/** No published version to compare with: why, the command that would fetch it, and whether a base was named. */
export interface NoBase {
  missing: string;
  fetch?: string;
  named: boolean;
}

export interface BaseOptions {
  /** A base named with --base=REV or CONTENT_BASE; otherwise the merge base with origin/main or main. */
  base?: string;
}

/** Runs git in `cwd`; undefined when it fails (no git, not a repository, an unknown revision). */
function git(cwd: string, args: string[], input?: string): Buffer | undefined {
  try {
    return execFileSync("git", args, {
      cwd,
      input,
      stdio: ["pipe", "pipe", "ignore"],
      maxBuffer: 1 << 30,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" },
    });
  } catch {
    return undefined;
  }
}

const text = (output: Buffer | undefined) => output?.toString("utf8").trim() || undefined;
const short = (commit: string) => commit.slice(0, 7);

/** The commit to compare with, in the repository that holds `dir`, or why there is none. */
export function findBase(dir: string, options: BaseOptions = {}): { commit: string; base: string } | NoBase {
  const named = options.base?.trim() || undefined;
  if (text(git(dir, ["rev-parse", "--is-inside-work-tree"])) !== "true") {
    return { missing: "this copy has no git history (git is not installed, or the folder is not a git clone)", named: !!named };
  }
  if (named) {
    const commit = text(git(dir, ["rev-parse", "--verify", "--quiet", `${named}^{commit}`]));
    if (!commit) return { missing: `the base "${named}" is not in this clone`, fetch: `git fetch origin ${named}`, named: true };
    return { commit, base: `${named} at ${short(commit)}` };
  }
  const branch = ["origin/main", "main"].find((ref) => git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]));
  if (!branch) {
    return { missing: "neither origin/main nor main is in this clone", fetch: "git fetch origin main", named: false };
  }
  const commit = text(git(dir, ["merge-base", "HEAD", branch]));
  if (!commit) {
    return {
      missing: `HEAD and ${branch} have no common history in this clone, which may be shallow`,
      fetch: "git fetch --unshallow origin main",
      named: false,
    };
  }
  return { commit, base: `${branch} at ${short(commit)}` };
}

/**
 * The markdown files under `contentDir`'s industries/ and roles/ as they are at the base, read with two git
 * commands whatever their number (ls-tree, then one cat-file --batch), by path from `root` as problems name them.
 * Git runs in the content folder, so a content folder that is a repository of its own is compared with its own
 * history.
 */
export function readPublishedFiles(root: string, contentDir: string, options: BaseOptions = {}): PublishedFiles | NoBase {
  if (!fs.existsSync(contentDir)) return { missing: `there is no folder ${contentDir}`, named: !!options.base };
  const found = findBase(contentDir, options);
  if ("missing" in found) return found;
  const top = text(git(contentDir, ["rev-parse", "--show-toplevel"]));
  // Paths compared as git writes them: without symbolic links (macOS's /tmp is one).
  const real = (dir: string) => (fs.existsSync(dir) ? fs.realpathSync(dir) : dir);
  if (!top) return { missing: "git could not say where this clone starts", named: !!options.base };
  const inRepository = (dir: string) => path.relative(top, real(dir)).split(path.sep).join("/");
  const folders = ["industries", "roles", "glossary"].map((kind) => inRepository(path.join(contentDir, kind)));
  const listing = git(contentDir, ["ls-tree", "-r", "-z", "--full-tree", found.commit, "--", ...folders]);
  const files = new Map<string, string>();
  if (!listing) return { base: found.base, files };
  const blobs: { id: string; file: string }[] = [];
  for (const entry of listing.toString("utf8").split("\0")) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(entry);
    if (!match || !match[2]!.endsWith(".md")) continue;
    // Only the files directly in industries/ and roles/, as the loader reads them.
    if (!folders.includes(path.posix.dirname(match[2]!))) continue;
    blobs.push({ id: match[1]!, file: path.relative(real(root), path.join(top, match[2]!)).split(path.sep).join("/") });
  }
  if (blobs.length === 0) return { base: found.base, files };
  const output = git(contentDir, ["cat-file", "--batch"], blobs.map((blob) => blob.id).join("\n") + "\n");
  if (!output) return { missing: `git could not read the content files of ${found.base}`, named: !!options.base };
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = output.indexOf(10, offset);
    const size = Number(output.subarray(offset, headerEnd).toString("utf8").split(" ")[2]);
    files.set(blob.file, output.subarray(headerEnd + 1, headerEnd + 1 + size).toString("utf8"));
    offset = headerEnd + 1 + size + 1;
  }
  return { base: found.base, files };
}
