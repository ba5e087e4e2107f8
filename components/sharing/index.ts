export * from "./JsonLd";
export * from "./PreviewImage";
export * from "./PrintPageUrl";
export * from "./SectionLink";
