export * from "./AccessibilityStatement";
export * from "./HomeSection";
export * from "./PrivacyNotice";
export * from "./SiteFooter";
export * from "./SiteHeader";
