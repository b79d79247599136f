/**
 * The metric names Slipway computes from a predictions file (DESIGN.md), in the order a report
 * lists them: the computing modules (src/model/predictions) give these, and the config check uses
 * them to tell a typo in the rules ("f1_macor") from a metric the evaluation simply did not produce.
 */
export const CLASSIFICATION_METRICS = [
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_micro",
  "recall_micro",
  "f1_micro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "roc_auc",
  "roc_auc_ovr",
  "log_loss",
  "brier",
] as const;

export const REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape", "median_ae"] as const;

export const PREDICTION_METRIC_NAMES: readonly string[] = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS];

/** The names a predictions file of this task can give (each also per slice: `recall[region=EU]`). */
export function predictionMetricNamesFor(task: "classification" | "regression"): readonly string[] {
  return task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
}
