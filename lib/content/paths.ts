import path from "node:path";

/**
 * Where the content lives: content/ in the project, or the folder in CONTENT_DIR (benchmarks and the
 * renamed-page end-to-end test build the site from generated content this way).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ? path.resolve(env.CONTENT_DIR) : path.join(process.cwd(), "content");
}

/** Problems name files relative to the content folder's parent: content/roles/x.md. */
export const projectRootOf = (dir: string) => path.dirname(dir);
