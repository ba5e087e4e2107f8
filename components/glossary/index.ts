export * from "./GlossaryIndex";
export * from "./TermsOnPage";
