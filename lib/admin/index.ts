export * from "./admin-path";
export * from "./auth";
export * from "./budget";
export * from "./config";
export * from "./credentials";
export * from "./failures";
export * from "./guard";
export * from "./inbox";
