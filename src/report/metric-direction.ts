/**
 * Whether a bigger value of a metric is better. The rule's `better:` wins; otherwise the name
 * decides: losses and errors (loss, error, mae, mse, rmse, log_loss, brier, …) are better lower,
 * scores (accuracy, auc, f1, precision, recall, r2, …) better higher. scikit-learn's `neg_` scorers
 * (neg_log_loss) are negated losses, so better higher. A name we cannot read has no direction.
 */
export type Direction = "higher" | "lower";

const LOWER = new Set([
  "loss",
  "logloss",
  "error",
  "err",
  "mae",
  "mse",
  "rmse",
  "msle",
  "rmsle",
  "mape",
  "smape",
  "brier",
  "perplexity",
  "entropy",
  "latency",
  "fpr",
  "fnr",
  "wer",
  "cer",
  "deviance",
  "hamming",
  "median_ae",
]);

const HIGHER = new Set([
  "accuracy",
  "acc",
  "auc",
  "roc_auc",
  "f1",
  "fbeta",
  "precision",
  "recall",
  "r2",
  "tpr",
  "tnr",
  "specificity",
  "sensitivity",
  "map",
  "ndcg",
  "mrr",
  "bleu",
  "rouge",
  "iou",
  "dice",
  "jaccard",
  "kappa",
  "mcc",
  "score",
  "explained_variance",
]);

export function defaultDirection(metric: string): Direction | null {
  // The last dotted segment, without a slice suffix: "eval.loss[region=EU]" → "loss".
  const base = metric.replace(/\[.*\]$/, "");
  const leaf = (base.split(".").pop() ?? base).toLowerCase();
  if (LOWER.has(leaf)) return "lower";
  if (HIGHER.has(leaf)) return "higher";
  const tokens = leaf.split(/[_\-\s]+/).filter(Boolean);
  if (tokens[0] === "neg") return "higher";
  if (tokens.some((token) => LOWER.has(token))) return "lower";
  if (tokens.some((token) => HIGHER.has(token))) return "higher";
  return null;
}
