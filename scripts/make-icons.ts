/**
 * Writes the site's icons from one drawing: app/icon.svg (browsers that take SVG icons), app/favicon.ico
 * (16, 32 and 48 px, for browsers and tools that ask for /favicon.ico) and app/apple-icon.png (180 px, for
 * iOS home screens). Next.js links all three from every page's head by their file names.
 *
 * The drawing: three white steps (a career path) on the site's brand blue, over a band of its accent green, as
 * on the link-preview cards (components/sharing/PreviewImage.tsx). The colours are app/globals.css's --brand and
 * --brand-accent. The PNGs are drawn by Chromium (Playwright's, or the system's), so they match the SVG.
 *
 *   npm run icons
 */
import fs from "node:fs";
import path from "node:path";

const BRAND = "#0b3d5c";
const ACCENT = "#00857a";

/** The icon as SVG on a 32-unit grid. `rounded`: its own rounded corners (iOS rounds the apple icon itself). */
export function iconSvg({ rounded }: { rounded: boolean }): string {
  const tile = `<rect width="32" height="32"${rounded ? ' rx="6"' : ""}/>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<clipPath id="tile">${tile}</clipPath>`,
    '<g clip-path="url(#tile)">',
    `<rect width="32" height="32" fill="${BRAND}"/>`,
    `<rect y="27" width="32" height="5" fill="${ACCENT}"/>`,
    "</g>",
    '<path d="M6.5 22.5h6v-5h6v-5h6v-5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>',
    "</svg>",
    "",
  ].join("\n");
}

/** An ICO file holding the given PNGs (PNG-in-ICO, which every browser and Windows since Vista reads). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

async function main() {
  const app = path.join(process.cwd(), "app");
  const executablePath = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(fs.existsSync);
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    const render = async (svg: string, size: number) => {
      await page.setViewportSize({ width: size, height: size });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
      await page.setContent(`<style>*{margin:0}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
      return page.screenshot({ omitBackground: true, type: "png" });
    };
    const rounded = iconSvg({ rounded: true });
    fs.writeFileSync(path.join(app, "icon.svg"), rounded);
    const sizes = [16, 32, 48];
    const pngs = [];
    for (const size of sizes) pngs.push({ size, png: await render(rounded, size) });
    fs.writeFileSync(path.join(app, "favicon.ico"), icoFromPngs(pngs));
    fs.writeFileSync(path.join(app, "apple-icon.png"), await render(iconSvg({ rounded: false }), 180));
    process.stdout.write(`Wrote app/icon.svg, app/favicon.ico (${sizes.join(", ")} px) and app/apple-icon.png (180 px).\n`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
