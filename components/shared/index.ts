export * from "./BackLink";
export * from "./Breadcrumbs";
export * from "./Button";
export * from "./ButtonLink";
export * from "./Contents";
export * from "./Hint";
export * from "./NoticeBanner";
export * from "./PageHeading";
