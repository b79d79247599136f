/**
 * The metric names Slipway computes from a predictions file (DESIGN.md), used to tell a typo in
 * the rules ("f1_macor") from a metric the evaluation simply did not produce.
 */
export const PREDICTION_METRIC_NAMES: readonly string[] = [
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
  "mae",
  "mse",
  "rmse",
  "r2",
  "mape",
  "median_ae",
];
