#!/usr/bin/env node
/**
 * Runs the production build with Node alone: `npm run build`, then `npm run start:standalone`.
 *
 * `next build` writes a self-contained server to .next/standalone (next.config.ts sets `output: "standalone"`):
 * server.js, the compiled pages, the content files /search and /compare read, and only the node_modules it
 * needs. Next leaves out the browser files (.next/static) and public/, which a CDN would usually serve; this
 * script copies them in, then starts server.js. PORT (default 3000) and HOSTNAME (default 0.0.0.0) choose
 * where it listens.
 *
 *   node deploy/standalone.mjs                       copy the browser files in and start the server
 *   node deploy/standalone.mjs --out /srv/careers    make a complete copy there (to ship), and start it
 *   node deploy/standalone.mjs --out DIR --no-start  only make the copy
 *
 * The copy empties DIR first, so DIR may not be the project folder, a folder above it, or one holding the build.
 *
 * NEXT_DIST_DIR chooses another build folder, as for `next build`.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const optionValue = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const standalone = path.join(distDir, "standalone");
if (!fs.existsSync(path.join(standalone, "server.js"))) {
  console.error(`No standalone build in ${path.relative(process.cwd(), standalone) || "."}: run npm run build first.`);
  process.exit(1);
}

const out = path.resolve(optionValue("--out") ?? standalone);
const refused = refusal(out);
if (refused) {
  console.error(`Refusing --out ${optionValue("--out")}: ${refused}. Nothing was changed. Choose an empty folder elsewhere, such as /srv/careers-guide.`);
  process.exit(2);
}
if (out !== standalone) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.cpSync(standalone, out, { recursive: true, verbatimSymlinks: true });
}

// Inside the standalone folder the build folder keeps its name relative to the project (.next).
const distInside = path.join(out, path.relative(process.cwd(), distDir));
fs.rmSync(path.join(distInside, "static"), { recursive: true, force: true });
fs.cpSync(path.join(distDir, "static"), path.join(distInside, "static"), { recursive: true });
if (fs.existsSync("public")) {
  fs.rmSync(path.join(out, "public"), { recursive: true, force: true });
  fs.cpSync("public", path.join(out, "public"), { recursive: true });
}

/**
 * Why `out` must not be written, or undefined. The copy starts by emptying `out`, so it must not be the project
 * (or a folder above it, which holds the project), nor hold the build it copies from, nor lie inside that build's
 * standalone folder (a copy into itself).
 */
function refusal(target) {
  const inside = (child, parent) => {
    const relative = path.relative(parent, child);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  };
  if (target === standalone) return undefined;
  if (inside(process.cwd(), target)) {
    return target === process.cwd()
      ? "it is the project folder, which the copy would delete first"
      : "it holds the project folder, which the copy would delete first";
  }
  if (inside(distDir, target)) return `it holds the build (${path.relative(process.cwd(), distDir) || "."}), which the copy is made from`;
  if (inside(target, standalone)) return "it is inside the standalone build, which the copy is made from";
  return undefined;
}

if (args.includes("--no-start")) {
  console.warn(`Standalone server ready in ${out}: start it with node ${path.join(out, "server.js")}`);
} else {
  // A clean stop (SIGTERM, Ctrl-C) finishes feedback answers being written and closes the database
  // (lib/feedback/start.ts); this tells Next to leave those signals to it.
  process.env.NEXT_MANUAL_SIG_HANDLE ??= "true";
  await import(pathToFileURL(path.join(out, "server.js")).href);
}
