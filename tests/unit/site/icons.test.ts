import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { iconSvg } from "@/scripts/make-icons";

const app = path.join(process.cwd(), "app");
const read = (file: string) => fs.readFileSync(path.join(app, file));

/** Width, height and PNG colour type (2: RGB, 6: RGBA) from a PNG's IHDR chunk. */
function pngInfo(png: Buffer) {
  expect(png.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png.readUInt8(25) };
}

describe("the site's icons (Next.js app/icon.svg, app/favicon.ico, app/apple-icon.png)", () => {
  it("app/icon.svg is the drawing npm run icons makes, in the site's brand colours", () => {
    const svg = read("icon.svg").toString("utf8");
    expect(svg).toBe(iconSvg({ rounded: true }));
    const css = read("globals.css").toString("utf8");
    for (const token of ["--brand", "--brand-accent"]) {
      const colour = new RegExp(`${token}:\\s*(#[0-9a-f]{6});`, "i").exec(css)?.[1];
      expect(colour, token).toBeDefined();
      expect(svg).toContain(`fill="${colour}"`);
    }
  });

  it("app/favicon.ico holds 16, 32 and 48 px images, each a PNG of its stated size", () => {
    const ico = read("favicon.ico");
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico.readUInt8(entry);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const { width, height } = pngInfo(ico.subarray(offset, offset + length));
      expect([width, height]).toEqual([size, size]);
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("app/apple-icon.png is 180 px square with no transparency (iOS would show it as black)", () => {
    expect(pngInfo(read("apple-icon.png"))).toEqual({ width: 180, height: 180, colourType: 2 });
  });
});
