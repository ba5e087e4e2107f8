/**
 * Page weight for the benchmark: what a browser downloads for a page (the HTML, its stylesheets and its
 * scripts), gzipped, and how much of the JavaScript is the site's own code rather than Next's and React's.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/** zlib's best compression, about what a CDN or nginx at a high gzip level sends. */
export const GZIP_LEVEL = 9;
export const gzipSize = (bytes: Buffer | string): number => zlib.gzipSync(bytes, { level: GZIP_LEVEL }).length;

const decodeEntities = (value: string) =>
  value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}
const hasAttribute = (tag: string, name: string) => new RegExp(`\\s${name}(?:[\\s=>/]|$)`, "i").test(tag);

/**
 * The scripts and stylesheets a page loads, in document order, each once. `nomodule` scripts are left out:
 * they are polyfills only browsers without ES modules download.
 */
export function pageAssets(html: string): { scripts: string[]; stylesheets: string[] } {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src && !hasAttribute(tag, "nomodule")) scripts.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, "href");
    if (href && rel.includes("stylesheet")) stylesheets.add(href);
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets] };
}

interface ClientManifest {
  clientModules: Record<string, { id?: string | number; chunks: string[] }>;
}

/**
 * Whether a script file defines the module with this id: Turbopack writes `push([script, id, factory, …])`,
 * webpack `{id: factory, …}`; a factory is an arrow function or a `function`.
 */
export function definesModule(script: string, id: string | number): boolean {
  const factory = String.raw`(?:\(|function\b|[A-Za-z_$][\w$]*\s*=>)`;
  const key = String(id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(String.raw`(?:[,[]\s*${key}\s*,|[{,]\s*"?${key}"?\s*:)\s*${factory}`).test(script);
}

/**
 * The script files that hold the site's own client code on a route, from the build's client reference manifest
 * (`server/app/<route>/page_client-reference-manifest.js`), which lists every client module a page can load and
 * the files it needs. A module is the site's own when its path is in the project rather than in node_modules.
 * The manifest lists with each module the framework files loaded beside it (Next's Link, for one), so a file
 * counts only when it defines one of the site's modules; when none of a module's files can be seen to (another
 * bundler's format), all of them count, an upper bound. Returns the file URLs and the module paths.
 */
export function ownClientChunks(distDir: string, route: string): { chunks: Set<string>; modules: string[] } {
  const folder = path.join(distDir, "server", "app", ...route.split("/").filter(Boolean));
  const file = path.join(folder, "page_client-reference-manifest.js");
  const sandbox: { self?: unknown; globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[`${route === "/" ? "" : route}/page`];
  if (!manifest) throw new Error(`${file} has no manifest for ${route}`);
  const scriptText = new Map<string, string>();
  const read = (chunk: string) => {
    if (!scriptText.has(chunk)) {
      const onDisk = path.join(distDir, chunk.replace(/^\/_next\//, ""));
      scriptText.set(chunk, fs.existsSync(onDisk) ? fs.readFileSync(onDisk, "utf8") : "");
    }
    return scriptText.get(chunk)!;
  };
  const chunks = new Set<string>();
  const modules: string[] = [];
  for (const [id, entry] of Object.entries(manifest.clientModules)) {
    const modulePath = id.replace(/^\[project\]\//, "").split(" ")[0]!;
    if (modulePath.startsWith("node_modules/")) continue;
    if (!modules.includes(modulePath)) modules.push(modulePath);
    const defining = entry.id === undefined ? [] : entry.chunks.filter((chunk) => definesModule(read(chunk), entry.id!));
    for (const chunk of defining.length > 0 ? defining : entry.chunks) chunks.add(chunk);
  }
  return { chunks, modules };
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  ownJs: number;
  total: number;
  scripts: number;
  ownModules: string[];
}

/** Downloads a page and everything it loads from `origin`, and sums their gzipped sizes in bytes. */
export async function measurePage(origin: string, pagePath: string, distDir: string, route: string): Promise<PageWeight> {
  const fetchBytes = async (url: string) => {
    const response = await fetch(new URL(url, origin));
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const html = await fetchBytes(pagePath);
  const { scripts, stylesheets } = pageAssets(html.toString("utf8"));
  const own = ownClientChunks(distDir, route);
  let css = 0;
  for (const href of stylesheets) css += gzipSize(await fetchBytes(href));
  let js = 0;
  let ownJs = 0;
  for (const src of scripts) {
    const size = gzipSize(await fetchBytes(src));
    js += size;
    if (own.chunks.has(new URL(src, origin).pathname)) ownJs += size;
  }
  const htmlSize = gzipSize(html);
  return {
    path: pagePath,
    html: htmlSize,
    css,
    js,
    ownJs,
    total: htmlSize + css + js,
    scripts: scripts.length,
    ownModules: own.modules,
  };
}
