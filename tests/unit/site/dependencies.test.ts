import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * next and react have had security advisories (React Server Components and Next's server among them). The
 * first releases with every known fix are next 16.3.3 and react / react-dom 19.2.8. These tests fail if
 * package.json would let npm install anything older, or if what is installed or locked is older.
 */
const MINIMUM: Record<string, string> = { next: "16.3.3", react: "19.2.8", "react-dom": "19.2.8" };

const root = process.cwd();
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a version such as 16.3.3`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function compare(a: Version, b: Version): number {
  for (let index = 0; index < 3; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}

/**
 * The lowest version a range allows. Only the simple forms are understood (`16.3.3`, `^16.3.3`, `~16.3.3`,
 * `>=16.3.3`, `=16.3.3`, `v16.3.3`); anything else (`*`, `latest`, `16.x`, `||`, a URL) is refused, so a
 * loose range can never pass by accident.
 */
function lowestAllowed(range: string): Version {
  const match = /^\s*(?:\^|~|>=|=)?\s*v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\s*$/.exec(range);
  if (!match) throw new Error(`unsupported version range "${range}": use ^X.Y.Z, ~X.Y.Z or X.Y.Z`);
  return parseVersion(match[1]!);
}

const packageJson = readJson("package.json");
const lock = readJson("package-lock.json");

describe("lowestAllowed", () => {
  it("reads the lower bound of caret, tilde, exact and >= ranges", () => {
    expect(lowestAllowed("^16.4.6")).toEqual([16, 4, 6]);
    expect(lowestAllowed("~19.2.8")).toEqual([19, 2, 8]);
    expect(lowestAllowed("16.3.3")).toEqual([16, 3, 3]);
    expect(lowestAllowed(">=16.3.3")).toEqual([16, 3, 3]);
    expect(lowestAllowed("v16.3.3")).toEqual([16, 3, 3]);
  });

  it("refuses ranges whose lower bound it cannot read", () => {
    for (const range of ["*", "latest", "16.x", "^16", ">=15 <17", "^15.0.0 || ^16.0.0", "github:vercel/next.js"]) {
      expect(() => lowestAllowed(range)).toThrow(/unsupported version range/);
    }
  });

  it("compares versions number by number, not as text", () => {
    expect(compare(lowestAllowed("^16.10.0"), parseVersion("16.3.3"))).toBeGreaterThan(0);
    expect(compare(lowestAllowed("^16.3.2"), parseVersion("16.3.3"))).toBeLessThan(0);
  });
});

describe("the framework versions", () => {
  for (const [name, minimum] of Object.entries(MINIMUM)) {
    it(`package.json allows no ${name} older than ${minimum}`, () => {
      const range: string | undefined = packageJson.dependencies?.[name];
      expect(range, `${name} must be a dependency`).toBeDefined();
      expect(compare(lowestAllowed(range!), parseVersion(minimum)), `${name} "${range}" allows versions below ${minimum}`).toBeGreaterThanOrEqual(0);
    });

    it(`the installed and locked ${name} are ${minimum} or later`, () => {
      const installed: string = readJson(path.join("node_modules", name, "package.json")).version;
      const locked: string = lock.packages?.[`node_modules/${name}`]?.version;
      expect(compare(parseVersion(installed), parseVersion(minimum)), `installed ${name} ${installed}`).toBeGreaterThanOrEqual(0);
      expect(compare(parseVersion(locked), parseVersion(minimum)), `locked ${name} ${locked}`).toBeGreaterThanOrEqual(0);
    });
  }
});
