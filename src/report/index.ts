export * from "./merge-report.js";
export * from "./report-file.js";
export * from "./types.js";
