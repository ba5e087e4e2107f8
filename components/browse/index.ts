export * from "./LetterNav";
export * from "./Pagination";
export * from "./RoleIndexList";
export * from "./AllRoles";
export * from "./RolesByLetter";
