import type { NextConfig } from "next";
import { contentRedirects } from "./lib/content";
import { securityHeaderRules } from "./lib/site";

const CONTENT_FILES = ["./content/industries/*.md", "./content/roles/*.md"];
const FEEDBACK_STORE_FILES = [
  "./lib/feedback/migrations/**/*",
  "./node_modules/@electric-sql/pglite/dist/*.wasm",
  "./node_modules/@electric-sql/pglite/dist/*.data",
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // Benchmarks and the renamed-page end-to-end test build from other content into their own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Every build can also run with Node alone: .next/standalone/server.js (npm run start:standalone, docs/operating.md
  // "Running at scale"). `next start` still serves the same build, with a warning that Next prints for it.
  output: "standalone",
  // /search and /compare render per request and read the content then, so the standalone server needs the
  // content files. Next finds them on its own today; listing them keeps that true if its tracing changes.
  // The feedback routes read the content too (which pages take feedback), and the store applies the migrations
  // in lib/feedback/migrations when it opens; PGlite loads its WebAssembly build and data files at run time.
  outputFileTracingIncludes: {
    "/search": CONTENT_FILES,
    "/compare": CONTENT_FILES,
    "/feedback": [...CONTENT_FILES, ...FEEDBACK_STORE_FILES],
    "/feedback/thanks": CONTENT_FILES,
    "/healthz": FEEDBACK_STORE_FILES,
  },
  // The database clients run as ordinary Node packages rather than being bundled: PGlite finds its .wasm and
  // .data files next to its own code, and pg has optional native parts that a bundler cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "drizzle-orm", "rate-limiter-flexible", "libphonenumber-js"],
  // Security headers on every response: pages, the 404, /_next/static assets, the open data and the preview
  // images, with a Content-Security-Policy of their own for the answers that are not HTML pages. What each one
  // does, and why the CSP allows inline scripts, is in lib/site/security-headers.ts.
  async headers() {
    return securityHeaderRules({ development: process.env.NODE_ENV === "development" });
  },
  // A renamed page keeps its old address working: each slug under `redirectFrom` answers 308 to the new one.
  async redirects() {
    return contentRedirects();
  },
};

export default nextConfig;
