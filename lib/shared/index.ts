export * from "./site";
export * from "./url-encoding";
export * from "./urls";
export * from "./stats";
export * from "./words";
