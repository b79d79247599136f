export * from "./compute-prediction-metrics.js";
export * from "./types.js";
