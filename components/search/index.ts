export * from "./BrowseGuide";
export * from "./ExampleSearches";
export * from "./Highlighted";
export * from "./SearchForm";
export * from "./SearchPageBody";
export * from "./SearchQuery";
export * from "./SearchResultList";
