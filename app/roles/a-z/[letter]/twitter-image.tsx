/** The same card as the Open Graph image. Route segment config must be written here, not re-exported. */
export { alt, contentType, default, generateStaticParams, size } from "./opengraph-image";

export const dynamicParams = false;
