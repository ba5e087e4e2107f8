export * from "./FeedbackInbox";
export * from "./FeedbackSummaryTable";
export * from "./ProblemReportFilter";
export * from "./ProblemReportList";
export * from "./SearchMissTable";
