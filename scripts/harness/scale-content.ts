/**
 * The generated content the end-to-end scale tests run against (playwright.config.ts, project "scale"): the size
 * of a real careers service, written by tests/e2e/browse/scale/make-content.ts before the build, and known to the
 * specs through planContent (./content-plan.ts) without reading the files.
 */
export const SCALE_CONTENT_DIR = "test-results/scale-content";
export const SCALE_SIZE = { industries: 30, roles: 1000 } as const;
