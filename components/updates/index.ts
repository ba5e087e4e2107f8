export * from "./FollowUpdates";
export * from "./PageHistory";
export * from "./UpdatesList";
