export * from "./CompareChooser";
export * from "./CompareLinks";
export * from "./CompareRoleFinder";
export * from "./Comparison";
