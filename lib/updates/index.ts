export * from "./feeds";
