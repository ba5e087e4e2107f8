export * from "./FeedbackSummaryTable";
export * from "./ProblemReportList";
