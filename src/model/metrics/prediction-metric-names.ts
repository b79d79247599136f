/**
 * The metric names Slipway computes from a predictions file (DESIGN.md), used to tell a typo in
 * the rules ("f1_macor") from a metric the evaluation simply did not produce.
 */
const CLASSIFICATION_METRIC_NAMES: readonly string[] = [
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  ...["precision", "recall", "f1"].flatMap((m) => [`${m}_macro`, `${m}_micro`, `${m}_weighted`]),
  "roc_auc",
  "roc_auc_ovr",
  "log_loss",
  "brier",
];

const REGRESSION_METRIC_NAMES: readonly string[] = ["mae", "mse", "rmse", "r2", "mape", "median_ae"];

export const PREDICTION_METRIC_NAMES: readonly string[] = [
  ...CLASSIFICATION_METRIC_NAMES,
  ...REGRESSION_METRIC_NAMES,
];

/** The names a predictions file of this task can give (each also per slice: `recall[region=EU]`). */
export function predictionMetricNamesFor(task: "classification" | "regression"): readonly string[] {
  return task === "classification" ? CLASSIFICATION_METRIC_NAMES : REGRESSION_METRIC_NAMES;
}
