/**
 * How model testing asks for metrics computed from a predictions file. The work is
 * computePredictionMetrics (./predictions) over DuckDB; testModel takes it as a function so its
 * own tests need no engine and the adapters decide when DuckDB is opened.
 */
import type { PredictionsConfig } from "../config/schema.js";
import { openDuckDB } from "../data/duckdb.js";
import { computePredictionMetrics } from "./predictions/compute-prediction-metrics.js";
import type { PredictionMetrics } from "./predictions/types.js";

export type ComputePredictions = (
  config: PredictionsConfig,
  options: { cwd: string; configFile?: string },
) => Promise<PredictionMetrics>;

/** The real thing: DuckDB opened for the one computation and closed after it. */
export const duckdbPredictions: ComputePredictions = async (config, options) => {
  const sql = await openDuckDB();
  try {
    return await computePredictionMetrics(sql, config, options);
  } finally {
    sql.close();
  }
};
