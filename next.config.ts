import type { NextConfig } from "next";
import { contentRedirects } from "./lib/content/redirects";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // Benchmarks and the renamed-page end-to-end test build from other content into their own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A renamed page keeps its old address working: each slug under `redirectFrom` answers 308 to the new one.
  async redirects() {
    return contentRedirects();
  },
};

export default nextConfig;
