/** The settings of the scale benchmark (bench/scale.ts, and the last step of `npm run bench`). */

/** The number of industries of the generated sizes: about what a careers service has. */
export const INDUSTRIES = 30;
/** The real content's size: 4 roles means content/ itself. */
export const REAL = 4;
/** zlib's level for the gzipped page sizes, as bench/page-weight.ts. */
export const GZIP_LEVEL = 9;
/** Every generated role has "data" in its summary: a query that matches them all. */
export const BROAD_QUERY = "data";
/** Each size's build folder. */
export const DIST = (roles: number) => `.next-bench-scale-${roles}`;
