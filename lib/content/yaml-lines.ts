/**
 * Finds the line of a field in a front-matter block, so that a problem can point an editor at it.
 * It reads the YAML as lines (block style, as the templates use); when a path cannot be followed to the end it
 * returns the line of the deepest part it found, and undefined when it finds nothing.
 */
export function findFieldLine(
  frontMatter: string,
  path: readonly PropertyKey[],
  firstLine: number,
): number | undefined {
  const lines = frontMatter.split("\n");
  let start = 0;
  let end = lines.length;
  let parentIndent = -1;
  let found: number | undefined;

  const indentOf = (line: string) => line.length - line.trimStart().length;
  const isContent = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");
  /**
   * The end of the block that starts on line i: the next content line indented no deeper than `indent`
   * (a key's block also keeps "- " items at its own indent, as YAML allows).
   */
  const blockEnd = (i: number, indent: number, keepDashes: boolean) => {
    let j = i + 1;
    while (j < end) {
      const line = lines[j]!;
      const inside =
        !isContent(line) ||
        indentOf(line) > indent ||
        (keepDashes && indentOf(line) === indent && /^\s*-(\s|$)/.test(line));
      if (!inside) break;
      j++;
    }
    return j;
  };

  for (const key of path) {
    let hit: number | undefined;
    let hitIndent = 0;
    if (typeof key === "number") {
      let count = -1;
      for (let i = start; i < end; i++) {
        const line = lines[i]!;
        if (!isContent(line) || indentOf(line) <= parentIndent - 1) continue;
        if (/^\s*-(\s|$)/.test(line)) {
          if (count >= 0 && indentOf(line) !== hitIndent) continue;
          hitIndent = indentOf(line);
          count++;
          if (count === key) {
            hit = i;
            break;
          }
        }
      }
      if (hit === undefined) break;
      found = hit;
      // Keys of the item stand after "- ", two columns deeper.
      parentIndent = hitIndent + 1;
      end = blockEnd(hit, hitIndent, false);
      start = hit;
    } else {
      const name = String(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const pattern = new RegExp(`^(\\s*(?:-\\s+)?)["']?${name}["']?\\s*:`);
      for (let i = start; i < end; i++) {
        const match = pattern.exec(lines[i]!);
        // A top-level key stands in the first column; a nested one anywhere deeper than its parent.
        if (match && (parentIndent < 0 ? match[1]!.length === 0 : match[1]!.length > parentIndent)) {
          hit = i;
          hitIndent = match[1]!.length;
          break;
        }
      }
      if (hit === undefined) break;
      found = hit;
      parentIndent = hitIndent;
      start = hit;
      end = blockEnd(hit, hitIndent, true);
    }
  }
  return found === undefined ? undefined : firstLine + found;
}

/** The line of a field in a file's front matter (whose first line is the file's line 1, the opening ---). */
export const fieldLine = (item: { frontMatter: string }, fieldPath: readonly PropertyKey[]): number | undefined =>
  findFieldLine(item.frontMatter, fieldPath, 1);

/** The YYYY-MM-DD the editor wrote on a line: YAML reads an unquoted 2026-02-30 as 2 March, silently. */
export function writtenDay(frontMatter: string, line: number | undefined): string | undefined {
  if (!line) return undefined;
  return /:\s*["']?(\d{4}-\d{2}-\d{2})/.exec(frontMatter.split("\n")[line - 1] ?? "")?.[1];
}
