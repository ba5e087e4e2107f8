export * from "./Breadcrumbs";
export * from "./Contents";
export * from "./NoticeBanner";
export * from "./PageHeading";
export * from "./SiteFooter";
export * from "./SiteHeader";
