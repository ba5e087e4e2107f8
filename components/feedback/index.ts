export * from "./FeedbackForms";
