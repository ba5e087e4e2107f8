export * from "./CompareChooser";
export * from "./CompareLinks";
export * from "./ComparePageContent";
export * from "./CompareRoleFinder";
export * from "./Comparison";
