/**
 * `npm run layout`: the figures that keep the code in a shape a newcomer can find their way in
 * (docs/architecture.md), printed and held to their limits:
 *
 *   - source files over 300 lines (TypeScript, JavaScript and CSS anywhere in the repository);
 *   - functions over 80 lines (a `describe` block's callback is a group of tests, not a function, and is not counted);
 *   - lines of app/globals.css (at most 300: tokens, reset, typography, layout, print base);
 *   - imports of tests/ from outside tests/, and of bench/ from tests/ other than the bench's own unit tests;
 *   - import cycles between modules (type-only imports included);
 *   - imports of another feature's internals: outside lib/<feature>/ and components/<feature>/, only their
 *     index.ts may be imported (the same rule ESLint applies in the editor);
 *   - imports of any feature from lib/shared/ or components/shared/, which every feature builds on;
 *   - component files that do not export the name they are called by (components/x/Name.tsx exports Name).
 *
 * Generated files (next-env.d.ts, the migrations) are left out. Exits with 1 when a figure is over its limit.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const LIMITS = { fileLines: 300, functionLines: 80, globalsCssLines: 300 } as const;

const GENERATED = [/^next-env\.d\.ts$/, /^lib\/feedback\/migrations\//];
const CODE = /\.(ts|tsx|mts|mjs|js)$/;

function sourceFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  return listed
    .split("\n")
    .filter((file) => file && (CODE.test(file) || file.endsWith(".css")))
    .filter((file) => !file.startsWith("content/") && !GENERATED.some((pattern) => pattern.test(file)))
    .filter((file) => fs.existsSync(path.join(root, file)));
}

const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

/** A function's name for the report: its own, its variable's or its property's, or "(anonymous)". */
function functionName(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return "(anonymous)";
}

/** A callback passed to describe(), test.describe() or describe.each(...)(): a group of tests. */
function isDescribeCallback(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call)) return false;
  const callee = call.expression.getText();
  return /^(describe|test\.describe)(\.(each|skip|only|serial|parallel|configure)\b.*)?$/s.test(callee) ||
    /^describe\.each\(/s.test(callee);
}

export interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

export function longFunctions(file: string, text: string, limit: number = LIMITS.functionLines): LongFunction[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && !isDescribeCallback(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) found.push({ file, line: start + 1, name: functionName(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\brequire\(\s*)(["'])([^"']+)\1/g;
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** The repository files a file imports (by `@/` or a relative path). */
export function importsOf(file: string, text: string, exists: (file: string) => boolean): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[2]!;
    let base: string;
    if (specifier.startsWith("@/")) base = specifier.slice(2);
    else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    else continue;
    const target = EXTENSIONS.map((extension) => base + extension).find(exists);
    if (target) targets.push(target);
  }
  return targets;
}

/** Strongly connected components of more than one module (or a module importing itself): Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) connect(node);
  return found;
}

/** lib/compare/params.ts and components/compare/Comparison.tsx → "compare"; files outside a feature → undefined. */
export function featureOf(file: string): string | undefined {
  return /^(?:lib|components)\/([^/]+)\//.exec(file)?.[1];
}

/** An import of another feature's file other than its index.ts, from app/, components/ or lib/. */
export function reachesInside(from: string, target: string): boolean {
  if (!/^(app|components|lib)\//.test(from) && !/^[^/]+\.tsx?$/.test(from)) return false;
  const feature = featureOf(target);
  if (!feature || featureOf(from) === feature) return false;
  return !/^[^/]+\/[^/]+\/index\.tsx?$/.test(target);
}

/** components/search/SearchForm.tsx exports SearchForm. */
export function exportsOwnName(file: string, text: string): boolean {
  const name = path.posix.basename(file).replace(/\.tsx$/, "");
  return new RegExp(`export (async )?(function|const|class) ${name}\\b`).test(text);
}

function main(): number {
  const root = process.cwd();
  const files = sourceFiles(root);
  const known = new Set(files);
  const texts = new Map(files.map((file) => [file, fs.readFileSync(path.join(root, file), "utf8")]));

  const longFiles = files
    .map((file) => ({ file, lines: lineCount(texts.get(file)!) }))
    .filter(({ lines }) => lines > LIMITS.fileLines);
  const functions = files.filter((file) => CODE.test(file)).flatMap((file) => longFunctions(file, texts.get(file)!));
  const globals = lineCount(texts.get("app/globals.css") ?? "");

  const graph = new Map<string, string[]>();
  const testImports: string[] = [];
  const benchImports: string[] = [];
  const inside: string[] = [];
  const sharedImports: string[] = [];
  for (const file of files.filter((name) => CODE.test(name))) {
    const targets = importsOf(file, texts.get(file)!, (name) => known.has(name));
    graph.set(file, targets);
    for (const target of targets) {
      if (target.startsWith("tests/") && !file.startsWith("tests/")) testImports.push(`${file} → ${target}`);
      if (target.startsWith("bench/") && file.startsWith("tests/") && !file.startsWith("tests/unit/bench/")) {
        benchImports.push(`${file} → ${target}`);
      }
      if (reachesInside(file, target)) inside.push(`${file} → ${target}`);
      if (featureOf(file) === "shared" && featureOf(target) && featureOf(target) !== "shared") {
        sharedImports.push(`${file} → ${target}`);
      }
    }
  }
  const loops = cycles(graph);
  const misnamed = files.filter((file) => /^components\/.+\/[A-Z][A-Za-z]*\.tsx$/.test(file) && !exportsOwnName(file, texts.get(file)!));

  const rows: [string, number, number][] = [
    [`source files over ${LIMITS.fileLines} lines`, longFiles.length, 0],
    [`functions over ${LIMITS.functionLines} lines`, functions.length, 0],
    ["app/globals.css lines", globals, LIMITS.globalsCssLines],
    ["imports of tests/ from outside tests/", testImports.length, 0],
    ["imports of bench/ from tests/ (bench's own unit tests aside)", benchImports.length, 0],
    ["import cycles", loops.length, 0],
    ["imports of another feature's internals", inside.length, 0],
    ["imports of a feature from lib/shared or components/shared", sharedImports.length, 0],
    ["component files not exporting their own name", misnamed.length, 0],
  ];
  console.log(`Layout (${files.length} source files):`);
  for (const [label, value, limit] of rows) console.log(`  ${value > limit ? "✗" : "✓"} ${label}: ${value} (limit ${limit})`);
  const details = [
    ...longFiles.map(({ file, lines }) => `${file}: ${lines} lines`),
    ...functions.map((f) => `${f.file}:${f.line} ${f.name}: ${f.lines} lines`),
    ...testImports,
    ...benchImports,
    ...loops.map((loop) => `cycle: ${loop.join(" ↔ ")}`),
    ...inside.map((line) => `internal import: ${line}`),
    ...sharedImports.map((line) => `shared imports a feature: ${line}`),
    ...misnamed.map((file) => `does not export its name: ${file}`),
  ];
  for (const line of details) console.log(`    ${line}`);
  return rows.some(([, value, limit]) => value > limit) ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) process.exit(main());
