export * from "./SearchForm";
export * from "./SearchResults";
export * from "./SearchSuggestions";
