/**
 * Step 5 of `npm run bench`: what a browser downloads for the home, an industry and a role page (bench/page-weight.ts
 * weighs them), and how much of the JavaScript is the site's own.
 */
import path from "node:path";
import { GZIP_LEVEL, measurePage, type PageWeight } from "../page-weight";
import { ROOT, kb, met, type Section, type SiteFacts } from "../common";

const TARGET = { ownJsKb: 5, roleTotalKb: 160 } as const;

export async function measurePageWeights(origin: string, distDir: string, site: SiteFacts): Promise<PageWeight[]> {
  const dist = path.join(ROOT, distDir);
  return [
    await measurePage(origin, "/", dist, "/"),
    await measurePage(origin, `/industries/${site.industry}`, dist, "/industries/[industry]"),
    await measurePage(origin, site.rolePath, dist, "/roles/[role]"),
  ];
}

export function pageWeightSection(weights: PageWeight[], rolePath: string): Section {
  const role = weights.find((weight) => weight.path === rolePath)!;
  const lines = [
    "## Page weight",
    "",
    `What a browser downloads for each page, gzipped with zlib at level ${GZIP_LEVEL}: the HTML, the stylesheets`,
    "(`<link rel=stylesheet>`) and the scripts (`<script src>`, leaving out the `nomodule` polyfill that modern",
    "browsers skip). Scripts the client router fetches later, when a link is followed, are not counted.",
    "",
    "| Page | HTML | CSS | JavaScript (files) | of which our own | Total |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...weights.map(
      (weight) =>
        `| \`${weight.path}\` | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} (${weight.scripts}) | ${kb(weight.ownJs)} | ${kb(weight.total)} |`,
    ),
    "",
    "\"Our own\" JavaScript is every script file that defines a client module of this project rather than of",
    "node_modules. The build's client reference manifest for the page (`server/app/<route>/page_client-reference-manifest.js`)",
    "lists each client module a page can load with the files it needs, which include framework files loaded beside",
    "it (Next's Link, about 3.3 KB): those are not counted. Whole files are, so a file mixing our code with a",
    `library's counts in full. ${role.ownModules.length === 0 ? "The site has no client components (no `\"use client\"`): every component renders on the server, so none of the JavaScript is ours; it is React and Next's router, which hydrate the page and make links navigate without a full reload." : `Our client modules on the role page: ${role.ownModules.map((module) => `\`${module}\``).join(", ")}.`}`,
    "",
  ];
  const targetRows = [
    `| Our own client JavaScript on a role page at most ${TARGET.ownJsKb} KB gzipped | ${kb(role.ownJs)} | ${met(role.ownJs <= TARGET.ownJsKb * 1024)} |`,
    `| Whole role page at most ${TARGET.roleTotalKb} KB gzipped | ${kb(role.total)} | ${met(role.total <= TARGET.roleTotalKb * 1024)} |`,
  ];
  return { lines, targetRows };
}
