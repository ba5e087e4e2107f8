export * from "./accessibility";
export * from "./privacy";
export * from "./security-headers";
export * from "./sitemap";
