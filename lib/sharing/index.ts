export * from "./link-previews";
export * from "./structured-data";
