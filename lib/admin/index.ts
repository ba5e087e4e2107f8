export * from "./auth";
export * from "./guard";
export * from "./inbox";
