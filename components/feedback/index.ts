export * from "./FeedbackErrorPage";
export * from "./FeedbackForms";
export * from "./FeedbackThanks";
