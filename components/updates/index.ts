export * from "./FollowUpdates";
export * from "./PageHistory";
export * from "./LatestUpdates";
export * from "./UpdateEntry";
export * from "./UpdatesByDay";
