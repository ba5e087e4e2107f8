export * from "./LetterNav";
export * from "./Pagination";
export * from "./RoleIndexList";
export * from "./RolesByLetter";
