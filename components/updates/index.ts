export * from "./PageHistory";
export * from "./UpdatesList";
